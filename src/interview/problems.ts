// A problem found in an interview document: where (a JSON pointer) and what (a code with its details).
// The sentence a person reads is made from the code by i18n, so the app and the `validate`
// command say the same thing in the same words.

export type ProblemCode =
  | 'notObject'
  | 'invalidJson'
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
  | 'slug'
  | 'lang'
  | 'date'
  | 'https'
  | 'duplicateExchangeId'
  | 'duplicateSpeakerId'
  | 'duplicateGlossaryTerm'
  | 'unknownSpeaker'
  | 'other';

export interface Problem {
  /** JSON pointer (RFC 6901) to the value at fault; "" is the whole document. */
  pointer: string;
  code: ProblemCode;
  params: Record<string, string | number>;
}

/** How a pointer is shown to people: the document itself as "/", never an empty string. */
export function displayPointer(pointer: string): string {
  return pointer === '' ? '/' : pointer;
}

/** Builds a JSON pointer from path segments, escaping "~" and "/" as RFC 6901 requires. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}
