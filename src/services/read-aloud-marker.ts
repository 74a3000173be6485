/** The class on read aloud's own elements inside the article ("Read this"): never read, never counted. */
export const READ_ALOUD_UI = 'read-aloud-ui';

/** The class of the "Read question aloud" and "Read answer aloud" buttons the article draws. */
export const READ_THIS = 'read-this';
