// A problem found in an interview document: where (a JSON pointer) and what (a code with its details).
// The sentence a person reads is made from the code by i18n, so the app and the `validate`
// command say the same thing in the same words.

export type ProblemCode =
  | 'notObject'
  | 'invalidJson'
  | 'byteOrderMark'
  | 'schemaVersion'
  | 'required'
  | 'unknownProperty'
  | 'type'
  | 'enum'
  | 'empty'
  | 'blank'
  | 'tooLong'
  | 'emptyList'
  | 'tooMany'
  | 'tooDeep'
  | 'slug'
  | 'lang'
  | 'date'
  | 'impossibleDate'
  | 'https'
  | 'duplicateExchangeId'
  | 'duplicateSpeakerId'
  | 'duplicateGlossaryTerm'
  | 'unknownSpeaker'
  /** A warning, not a fault: the tag has the contract's shape but is not a BCP 47 tag Intl knows. */
  | 'langNotRecognised'
  | 'other';

export interface Problem {
  /** JSON pointer (RFC 6901) to the value at fault; "" is the whole document. */
  pointer: string;
  code: ProblemCode;
  params: Record<string, string | number>;
}

/** The most problems listed for one document; the rest are counted, not kept (a document can have millions). */
export const MAX_PROBLEMS = 100;

/** How many characters of a document's own text a sentence quotes. */
const PREVIEW_LENGTH = 60;
const POINTER_LENGTH = 200;

/**
 * Characters that would break a problem's one line or reorder the text around it: controls, line and
 * paragraph separators, bidirectional controls and the byte order mark. They are shown escaped.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  return ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A document's text as a sentence quotes it: unsafe characters escaped, and at most `max` characters
 * (then "…"). Reads only as far as it shows, so a value of millions of characters costs nothing.
 */
export function previewText(text: string, max = PREVIEW_LENGTH): string {
  let out = '';
  let count = 0;
  for (const char of text) {
    if (count === max) return `${out}…`;
    out += UNSAFE.test(char) ? escapeChar(char) : char;
    count++;
  }
  return out;
}

/** Any JSON value, written as JSON but bounded in depth, items and length: never the whole value. */
export function previewValue(value: unknown, max = PREVIEW_LENGTH): string {
  return previewText(JSON.stringify(prune(value, 0, max)) ?? String(value), max);
}

const MAX_DEPTH = 3;
const MAX_ITEMS = 5;

function prune(value: unknown, depth: number, max: number): unknown {
  if (typeof value === 'string') return value.length > max ? value.slice(0, max) : value;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? ['…'] : { '…': '…' };
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => prune(item, depth + 1, max));
  const pruned: Record<string, unknown> = {};
  let items = 0;
  for (const key in value) {
    if (items++ === MAX_ITEMS) break;
    pruned[key.slice(0, max)] = prune((value as Record<string, unknown>)[key], depth + 1, max);
  }
  return pruned;
}

/** How a pointer is shown to people: the document itself as "/", never an empty string; bounded, on one line. */
export function displayPointer(pointer: string): string {
  return pointer === '' ? '/' : previewText(pointer, POINTER_LENGTH);
}

/** Builds a JSON pointer from path segments, escaping "~" and "/" as RFC 6901 requires. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/** Keeps the first `max` problems and counts the rest, so a flood of them costs no memory. */
export class ProblemList {
  readonly problems: Problem[] = [];
  omitted = 0;
  constructor(readonly max = MAX_PROBLEMS) {}

  add(problem: Problem | (() => Problem)): void {
    if (this.problems.length < this.max) {
      this.problems.push(typeof problem === 'function' ? problem() : problem);
    } else this.omitted++;
  }

  get full(): boolean {
    return this.problems.length >= this.max;
  }
}
