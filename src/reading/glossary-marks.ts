// Finding glossary terms in plain text. Pure: text in, segments out; the components turn a mark into a
// button. The rules, which the unit tests pin down:
//
// - Whole words only. A boundary is "no letter, digit or combining mark next to it" (\p{L}\p{N}\p{M}),
//   so it holds for every script that puts spaces between words (Latin, Cyrillic, Greek, Arabic…).
// - Scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) have no word
//   boundary to test: at an edge written in one of them a name matches as it stands. Hangul puts
//   spaces between words but attaches particles at their end (수화를), so only the start is tested there.
// - Capitals: a name written with any capital letter ("ASL", "TIFF", "Deaf") matches exactly as written,
//   because capitals carry meaning (Deaf, the culture, is not deaf, the audiological fact). A name in
//   lower case matches in any case ("Sign language" at the start of a sentence), by the reader's one
//   locale-independent case fold (interview/case-fold.ts: "ſ" is an "s", "İ" stays itself). So write
//   terms as they stand in the middle of a sentence.
// - Spaces in a name match any run of white space; ' and ’ match each other, as do - and its Unicode
//   twins (‐ ‑).
// - Longest match first; at the same place, the longer match wins (a name with capitals before a
//   lower-case one of the same length); a mark never sits inside another.
// - One mark per entry (term or any of its aliases) per unit of text, at its first occurrence: later
//   occurrences stay plain text, and nothing inside them is marked either. Where two entries share a
//   name, the first entry in the glossary has it.
//
// How: the names go into two tries (one exact, one case-folded), built once per glossary. Marking
// walks the text once, trying the tries at each place; a walk is never longer than the longest name,
// and a run of white space is one step, so the cost is linear in the text whatever it contains.
import { foldCodePoint } from '../interview/case-fold';
import type { Interview } from '../interview/generated/interview';
import {
  classOf,
  HANGUL_SCRIPT,
  NO_SPACES_SCRIPT,
  normalise,
  SPACE_SYMBOL,
  tokenise,
  WORD_CHAR,
  type Tokens,
} from './glossary-text';

export type GlossaryEntry = NonNullable<Interview['glossary']>[number];

export interface Mark {
  text: string;
  /** The entry's index in the document's glossary. */
  entry: number;
}
export type Segment = string | Mark;

interface Name {
  entry: number;
  /** The name must not be followed by a letter, digit or mark (its last character is one, in a spaced script). */
  after: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Every name through this node must not follow a letter, digit or mark (they share a first character). */
  before: boolean;
  /** The first name (in glossary order) that ends here. */
  name: Name | null;
}

export interface GlossaryMatcher {
  /** Names with a capital letter, matched exactly as written (apart from spaces, apostrophes, hyphens). */
  readonly sensitive: TrieNode;
  /** Names in lower case, matched after case folding. */
  readonly insensitive: TrieNode;
  /** Every name starts at a word boundary (none starts with a space or in a script without spaces). */
  readonly wordStartsOnly: boolean;
  readonly names: readonly { name: string; entry: number; caseSensitive: boolean }[];
}

function insert(root: TrieNode, name: string, entry: number, fold: boolean): void {
  const codePoints = [...name.trim().split(/\s+/).join(' ')].map((char) => char.codePointAt(0) ?? 0);
  const first = classOf(codePoints[0] ?? 0);
  const last = classOf(codePoints[codePoints.length - 1] ?? 0);
  const before = (first & WORD_CHAR) !== 0 && (first & NO_SPACES_SCRIPT) === 0;
  let node = root;
  for (const cp of codePoints) {
    const symbol = cp === SPACE_SYMBOL ? cp : fold ? foldCodePoint(normalise(cp)) : normalise(cp);
    node.next ??= new Map();
    let child = node.next.get(symbol);
    if (child === undefined) {
      child = { next: null, before, name: null };
      node.next.set(symbol, child);
    }
    node = child;
  }
  node.name ??= {
    entry,
    after: (last & WORD_CHAR) !== 0 && (last & (NO_SPACES_SCRIPT | HANGUL_SCRIPT)) === 0,
  };
}

/** Built once per glossary. */
export function createMatcher(glossary: readonly GlossaryEntry[]): GlossaryMatcher {
  const names = glossary.flatMap((entry, index) =>
    [entry.term, ...(entry.aliases ?? [])]
      .filter((name) => name.trim() !== '')
      .map((name) => ({ name: name.trim(), entry: index, caseSensitive: name !== name.toLowerCase() })),
  );
  const sensitive: TrieNode = { next: null, before: false, name: null };
  const insensitive: TrieNode = { next: null, before: false, name: null };
  for (const { name, entry, caseSensitive } of names) {
    insert(caseSensitive ? sensitive : insensitive, name, entry, !caseSensitive);
  }
  const starts = [sensitive, insensitive].flatMap((root) => [...(root.next?.values() ?? [])]);
  return { sensitive, insensitive, names, wordStartsOnly: starts.every((node) => node.before) };
}

interface Found {
  start: number;
  end: number;
  entry: number;
}

/** The longest name of one trie starting at token `at`: its end token and entry, or null. */
function longestAt(root: TrieNode, symbols: Int32Array, tokens: Tokens, at: number) {
  let best: { end: number; entry: number } | null = null;
  const afterWord = at > 0 && tokens.word[at - 1] === 1;
  let node: TrieNode | undefined = root;
  for (let i = at; i < tokens.count && node.next !== null;) {
    node = node.next.get(symbols[i] ?? -1);
    if (node === undefined || (node.before && afterWord)) break;
    i++;
    const name = node.name;
    if (name === null) continue;
    if (name.after && i < tokens.count && tokens.word[i] === 1) continue;
    best = { end: i, entry: name.entry };
  }
  return best;
}

function find(matcher: GlossaryMatcher, text: string): Found[] {
  const { sensitive, insensitive } = matcher;
  if (sensitive.next === null && insensitive.next === null) return [];
  const tokens = tokenise(text, insensitive.next !== null);
  const found: Found[] = [];
  for (let at = 0; at < tokens.count;) {
    // Inside a word no name can start: most places of a text are skipped without a look-up.
    if (matcher.wordStartsOnly && at > 0 && tokens.word[at - 1] === 1) {
      at++;
      continue;
    }
    const exact = longestAt(sensitive, tokens.exact, tokens, at);
    const folded = longestAt(insensitive, tokens.folded, tokens, at);
    // Leftmost, then longest; at the same length the name written with capitals.
    const match = folded !== null && (exact === null || folded.end > exact.end) ? folded : exact;
    if (match === null) {
      at++;
      continue;
    }
    found.push({ start: tokens.starts[at] ?? 0, end: tokens.starts[match.end] ?? 0, entry: match.entry });
    at = match.end;
  }
  return found;
}

/**
 * Splits one text into plain strings and marks. `seen` holds the entries already marked earlier in
 * the same unit; it is updated, so the next text of the unit carries on from here.
 */
export function markText(text: string, matcher: GlossaryMatcher, seen: Set<number> = new Set()): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { start, end, entry } of find(matcher, text)) {
    if (seen.has(entry)) continue;
    seen.add(entry);
    if (start > cursor) segments.push(text.slice(cursor, start));
    segments.push({ text: text.slice(start, end), entry });
    cursor = end;
  }
  if (cursor < text.length) segments.push(text.slice(cursor));
  return segments;
}

/** The texts of one unit (an exchange, the introduction…) in reading order, each split into segments. */
export function markTexts(texts: readonly string[], matcher: GlossaryMatcher): Segment[][] {
  const seen = new Set<number>();
  return texts.map((text) => markText(text, matcher, seen));
}

export { glossaryFragments } from './glossary-fragments';
