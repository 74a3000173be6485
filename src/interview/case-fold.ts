// One case fold for the whole reader, the same in every locale and every engine: glossary terms are
// unique "ignoring case" by it, and glossary marking matches lower-case names by it.
//
// It folds code point by code point, so a folded text has the same code points at the same places as
// the original (what marking needs to map a match back). Each code point goes to one representative of
// its Unicode simple case folding class: "ſ" and "S" fold to "s", "ẞ" to "ß", the Kelvin sign to "k",
// final "ς" to "σ". Letters whose lower case is more than one code point keep their own form ("İ"), and
// dotless "ı" stays apart from "i", as simple case folding has it. No locale is consulted, so a reader
// in Turkey and one in the US agree on which terms are the same.

// Three pairs that simple case folding joins but neither upper nor lower case reaches (their upper
// case is several code points): found by checking every cased code point against the regular-
// expression engine's own folding.
const folds = new Map<number, number>([
  [0x1fd3, 0x0390],
  [0x1fe3, 0x03b0],
  [0xfb05, 0xfb06],
]);

function single(text: string): number | undefined {
  const cp = text.codePointAt(0);
  return cp !== undefined && String.fromCodePoint(cp).length === text.length ? cp : undefined;
}

/** Whether two code points are one letter ignoring case, as the regular-expression engine sees it. */
function sameIgnoringCase(a: number, b: number): boolean {
  return new RegExp(`^\\u{${a.toString(16)}}$`, 'iu').test(String.fromCodePoint(b));
}

function computeFold(cp: number): number {
  const char = String.fromCodePoint(cp);
  const lower = char.toLowerCase();
  const lowerOfUpper = char.toUpperCase().toLowerCase();
  for (const candidate of [single(lowerOfUpper), single(lower)]) {
    if (candidate === undefined || candidate === cp) continue;
    if (sameIgnoringCase(cp, candidate)) return candidate;
  }
  return cp;
}

/** The fold of one code point. ASCII is answered at once; anything else is worked out once and kept. */
export function foldCodePoint(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
  let folded = folds.get(cp);
  if (folded === undefined) {
    folded = computeFold(cp);
    folds.set(cp, folded);
  }
  return folded;
}

/** A text folded for comparing without case. */
export function foldCase(text: string): string {
  let out = '';
  for (const char of text) out += String.fromCodePoint(foldCodePoint(char.codePointAt(0) ?? 0));
  return out;
}
