// Part of npm run bench: how long glossary marking takes against glossary size (100, 1,000 and 5,500
// names: the contract allows 500 terms with 10 aliases each) and text length (10,000 and 100,000
// characters), in plain Latin text and in text full of the long s "ſ", which case-insensitive regular
// expressions handle slowly. Prints figures (median of a few runs); asserts nothing.
// A case slower than BUDGET_MS skips the larger cases of its row, so the old regex matcher can be measured.
import { performance } from 'node:perf_hooks';
import { createMatcher, markText, type GlossaryEntry } from '../src/reading/glossary-marks.ts';
import { median } from './bench-median.ts';

const BUDGET_MS = Number(process.env['BENCH_MARKS_BUDGET_MS'] ?? 20_000);
const NAME_COUNTS = [100, 1_000, 5_500] as const;
const TEXT_LENGTHS = [10_000, 100_000] as const;

/** A small deterministic generator (mulberry32), so every run marks the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['sa', 'si', 'so', 'ta', 'ti', 'lo', 'ne', 'mar', 'kel', 'dor', 'vin', 'sep', 'ru', 'ga'];

function word(next: () => number): string {
  const length = 2 + Math.floor(next() * 3);
  return Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
}

/** `count` names as 1/11 terms with 10 aliases each; a third have two words, a tenth a capital. */
function glossary(count: number): GlossaryEntry[] {
  const next = random(count);
  const names = Array.from({ length: count }, (_, index) => {
    const name = index % 3 === 0 ? `${word(next)} ${word(next)}` : word(next);
    return index % 10 === 0 ? name.toUpperCase() : name;
  });
  const entries: GlossaryEntry[] = [];
  for (let start = 0; start < names.length; start += 11) {
    const [term = 'x', ...aliases] = names.slice(start, start + 11);
    entries.push({ term, aliases, definition: 'A definition.' });
  }
  return entries;
}

function text(length: number, longS: boolean, entries: readonly GlossaryEntry[]): string {
  const next = random(length);
  const names = entries.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])]);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const part = next() < 0.05 ? (names[Math.floor(next() * names.length)] ?? 'x') : word(next);
    parts.push(part);
    size += part.length + 1;
  }
  const plain = parts.join(' ').slice(0, length);
  return longS ? plain.replaceAll('s', 'ſ') : plain;
}

function time(action: () => void, runs: number): number {
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    action();
    timings.push(performance.now() - start);
    if ((timings[0] ?? 0) > BUDGET_MS) break;
  }
  return median(timings);
}

const format = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

console.log('Glossary marking (median ms; build = createMatcher, mark = markText over one text):');
for (const longS of [false, true]) {
  for (const count of NAME_COUNTS) {
    const entries = glossary(count);
    const build = time(() => createMatcher(entries), 5);
    const matcher = createMatcher(entries);
    const cells: string[] = [];
    let skip = false;
    for (const length of TEXT_LENGTHS) {
      if (skip) {
        cells.push(`${length / 1000}k chars: skipped`);
        continue;
      }
      const sample = text(length, longS, entries);
      let marks = 0;
      const ms = time(() => {
        marks = markText(sample, matcher).filter((s) => typeof s !== 'string').length;
      }, 5);
      cells.push(`${length / 1000}k chars: ${format(ms)} ms (${marks} marks)`);
      if (ms > BUDGET_MS) skip = true;
    }
    const label = `${String(count).padStart(5)} names${longS ? ', text with ſ' : ''}`;
    console.log(`  ${label}: build ${format(build)} ms; ${cells.join('; ')}`);
  }
}
