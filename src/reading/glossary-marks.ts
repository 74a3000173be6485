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
//   lower case matches in any case ("Sign language" at the start of a sentence). So write terms as
//   they stand in the middle of a sentence.
// - Spaces in a name match any run of white space; ' and ’ match each other, as do - and its Unicode
//   twins (‐ ‑).
// - Longest match first; at the same place, the longer name wins; a mark never sits inside another.
// - One mark per entry (term or any of its aliases) per unit of text, at its first occurrence: later
//   occurrences stay plain text, and nothing inside them is marked either.
import type { Interview } from '../interview/generated/interview';

export type GlossaryEntry = NonNullable<Interview['glossary']>[number];

export interface Mark {
  text: string;
  /** The entry's index in the document's glossary. */
  entry: number;
}
export type Segment = string | Mark;

export interface GlossaryMatcher {
  readonly sensitive: RegExp | null;
  readonly insensitive: RegExp | null;
  readonly names: readonly { name: string; entry: number; caseSensitive: boolean }[];
  readonly byKey: ReadonlyMap<string, number>;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const NO_SPACES =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const HANGUL = /\p{sc=Hangul}/u;
const BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

function pattern(name: string): string {
  const chars = [...name];
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  const body = name
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/['’]/g, "['’]")
        .replace(/[-‐‑]/g, '[-‐‑]'),
    )
    .join('\\s+');
  const before = WORD.test(first) && !NO_SPACES.test(first) ? BEFORE : '';
  const after = WORD.test(last) && !NO_SPACES.test(last) && !HANGUL.test(last) ? AFTER : '';
  return `${before}(?:${body})${after}`;
}

/** The same key for a name and for any text it matches: spaces, apostrophes and hyphens made one. */
function key(text: string, caseSensitive: boolean): string {
  const flat = text.trim().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/[‐‑]/g, '-');
  return caseSensitive ? flat : `~${flat.toLowerCase()}`;
}

function alternation(names: readonly string[], flags: string): RegExp | null {
  if (names.length === 0) return null;
  const longestFirst = [...names].sort((a, b) => [...b].length - [...a].length);
  return new RegExp(longestFirst.map(pattern).join('|'), flags);
}

/** Built once per glossary: two alternations, one for names with capitals and one for the rest. */
export function createMatcher(glossary: readonly GlossaryEntry[]): GlossaryMatcher {
  const names = glossary.flatMap((entry, index) =>
    [entry.term, ...(entry.aliases ?? [])]
      .filter((name) => name.trim() !== '')
      .map((name) => ({ name: name.trim(), entry: index, caseSensitive: name !== name.toLowerCase() })),
  );
  const byKey = new Map<string, number>();
  for (const { name, entry, caseSensitive } of names) {
    const k = key(name, caseSensitive);
    if (!byKey.has(k)) byKey.set(k, entry);
  }
  return {
    sensitive: alternation(
      names.filter((n) => n.caseSensitive).map((n) => n.name),
      'gu',
    ),
    insensitive: alternation(
      names.filter((n) => !n.caseSensitive).map((n) => n.name),
      'giu',
    ),
    names,
    byKey,
  };
}

interface Found {
  start: number;
  end: number;
  entry: number;
}

function entryFor(matcher: GlossaryMatcher, text: string, caseSensitive: boolean): number {
  const direct = matcher.byKey.get(key(text, caseSensitive));
  if (direct !== undefined) return direct;
  // Case folding in a regular expression and toLowerCase can differ for a few letters (İ, ẞ).
  const folded = key(text, false);
  return matcher.names.find((n) => !n.caseSensitive && key(n.name, false) === folded)?.entry ?? -1;
}

function find(matcher: GlossaryMatcher, text: string): Found[] {
  const found: Found[] = [];
  for (const [regex, caseSensitive] of [
    [matcher.sensitive, true],
    [matcher.insensitive, false],
  ] as const) {
    if (regex === null) continue;
    for (const match of text.matchAll(regex)) {
      const entry = entryFor(matcher, match[0], caseSensitive);
      if (entry >= 0) found.push({ start: match.index, end: match.index + match[0].length, entry });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Leftmost, then longest; anything overlapping a match already taken is dropped.
  const kept: Found[] = [];
  let end = 0;
  for (const match of found) {
    if (match.start < end) continue;
    kept.push(match);
    end = match.end;
  }
  return kept;
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

/** A fragment for each entry, from its term, unique within the glossary. */
export function glossaryFragments(glossary: readonly GlossaryEntry[]): string[] {
  const used = new Set<string>();
  return glossary.map((entry, index) => {
    const slug = entry.term
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    let fragment = `glossary-${slug === '' ? String(index + 1) : slug}`;
    if (used.has(fragment)) fragment = `${fragment}-${index + 1}`;
    used.add(fragment);
    return fragment;
  });
}
