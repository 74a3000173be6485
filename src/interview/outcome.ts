// What loading or reading a document can come to: the interview, or why not. Its own module so that
// load.ts (fetching) and interpret.ts (parsing and validating) both use it without importing each other.
import type { Interview } from './generated/interview';
import type { Problem } from './problems';

export type LoadFailure =
  | { kind: 'notFound' }
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  /** Nothing arrived for a long while: the server holds the connection, or the network is gone. */
  | { kind: 'timeout' }
  /** The address redirected to another origin, which this reader never reads from. */
  | { kind: 'otherOrigin' }
  /** The server said the file is something other than JSON (an HTML page, say). */
  | { kind: 'notJsonType'; contentType: string }
  | { kind: 'tooLarge'; limitBytes: number }
  | { kind: 'notJson'; problem: Problem }
  /** `omitted` counts the problems past the ones listed, when there were too many to list. */
  | { kind: 'invalid'; problems: Problem[]; omitted?: number };

export type LoadResult = { ok: true; interview: Interview } | { ok: false; failure: LoadFailure };
