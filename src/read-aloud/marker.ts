/** The class on read aloud's own elements inside the article ("Read this"): never read, never counted. */
export const READ_ALOUD_UI = 'read-aloud-ui';
