// Text as glossary marking reads it (glossary-marks.ts has the rules): each code point's character
// class, worked out once and kept, and a text turned into symbols, one per code point and one per run
// of white space, with ’ read as ' and the Unicode hyphens as -.
import { foldCodePoint } from '../interview/case-fold';

// Character classes, as bit flags, worked out once per code point.
export const WORD_CHAR = 1;
const SPACE = 2;
export const NO_SPACES_SCRIPT = 4;
export const HANGUL_SCRIPT = 8;
const KNOWN = 16;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const NO_SPACES =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const HANGUL = /\p{sc=Hangul}/u;
const WHITE = /\s/u;
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

export function classOf(cp: number): number {
  let flags = cp < 0x10000 ? bmpClasses[cp] : astralClasses.get(cp);
  if (flags) return flags;
  const char = String.fromCodePoint(cp);
  flags =
    KNOWN |
    (WORD.test(char) ? WORD_CHAR : 0) |
    (WHITE.test(char) ? SPACE : 0) |
    (NO_SPACES.test(char) ? NO_SPACES_SCRIPT : 0) |
    (HANGUL.test(char) ? HANGUL_SCRIPT : 0);
  if (cp < 0x10000) bmpClasses[cp] = flags;
  else astralClasses.set(cp, flags);
  return flags;
}

export const SPACE_SYMBOL = 0x20;

/** ’ as ', and the Unicode hyphens as -. */
export function normalise(cp: number): number {
  if (cp === 0x2019) return 0x27;
  if (cp === 0x2010 || cp === 0x2011) return 0x2d;
  return cp;
}

/** A text as the tries read it: one symbol per code point, one per run of white space. */
export interface Tokens {
  count: number;
  /** Where each token starts in the text (UTF-16 offsets); starts[count] is the text's length. */
  starts: Int32Array;
  exact: Int32Array;
  folded: Int32Array;
  word: Uint8Array;
}

// Reused from one text to the next: marking 10,000 exchanges would otherwise allocate (and collect)
// four arrays per paragraph, some 200 MB for the largest document.
let capacity = 0;
let buffers: Omit<Tokens, 'count'> = {
  starts: new Int32Array(1),
  exact: new Int32Array(0),
  folded: new Int32Array(0),
  word: new Uint8Array(0),
};

function buffersFor(length: number) {
  if (length > capacity) {
    capacity = Math.max(length, capacity * 2, 1024);
    buffers = {
      starts: new Int32Array(capacity + 1),
      exact: new Int32Array(capacity),
      folded: new Int32Array(capacity),
      word: new Uint8Array(capacity),
    };
  }
  return buffers;
}

/**
 * The text's tokens. The arrays are shared and overwritten by the next call: read them before
 * tokenising another text.
 */
export function tokenise(text: string, fold: boolean): Tokens {
  const { starts, exact, folded: foldedBuffer, word } = buffersFor(text.length);
  const folded = fold ? foldedBuffer : exact;
  let count = 0;
  let offset = 0;
  while (offset < text.length) {
    const cp = text.codePointAt(offset) ?? 0;
    const flags = classOf(cp);
    starts[count] = offset;
    offset += cp > 0xffff ? 2 : 1;
    if (flags & SPACE) {
      while (offset < text.length && classOf(text.codePointAt(offset) ?? 0) & SPACE) {
        offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
      }
      exact[count] = SPACE_SYMBOL;
      folded[count] = SPACE_SYMBOL;
      word[count] = 0;
    } else {
      const symbol = normalise(cp);
      exact[count] = symbol;
      if (fold) folded[count] = foldCodePoint(symbol);
      word[count] = flags & WORD_CHAR;
    }
    count++;
  }
  starts[count] = text.length;
  return { count, starts, exact, folded, word };
}
