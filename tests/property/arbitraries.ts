// Documents the contract allows, generated from its own patterns and limits: text in any script, with
// bidi controls, markup and odd white space; ids made to look alike; every optional part sometimes
// present; now and then a value at its largest allowed length. All follow the x-rules (oracle.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Interview } from '../../src/interview/generated/interview';
import { projectRoot } from '../unit/fixtures';
import { sameIgnoringCase } from './oracle';

interface StringSchema {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}
const contract = JSON.parse(readFileSync(join(projectRoot, 'data', 'interview.schema.json'), 'utf8')) as {
  $defs: Record<'slug' | 'line' | 'text', StringSchema>;
  properties: { lang: StringSchema; source: { properties: { url: StringSchema } } };
};
const { slug, line, text } = contract.$defs;
const codePoints = (value: string) => [...value].length;

/** Words the glossary also uses, so marks happen: Latin with capitals, the long s, Turkish, Arabic, Han, Hangul. */
export const WORDS = [
  'sign',
  'language',
  'Deaf',
  'ASL',
  'caption',
  'ſeſſion',
  'İzmir',
  'izmir',
  'لغة',
  '手話',
  '수화',
  'a-3',
];
const BIDI = ['\u202e', '\u202d', '\u202a', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c'];
const MARKUP = [
  '<script>alert(1)</script>',
  '<b>bold</b>',
  '&amp;',
  '"',
  "'",
  '</p>',
  '<img src=x onerror=alert(1)>',
];
const SPACE = [' ', ' ', ' ', '\n', '\n\n', '\t', '\u00a0', '\u2028'];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(...BIDI) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 5, arbitrary: fc.constantFrom(...SPACE) },
);

/** A string the contract's `line` or `text` admits: something besides white space, within its length. */
function prose(limit: StringSchema, maxPieces: number): fc.Arbitrary<string> {
  const max = limit.maxLength ?? 100;
  const usual = fc
    .array(piece, { minLength: 1, maxLength: maxPieces })
    .map((pieces) => pieces.join(''))
    .filter((value) => /\S/u.test(value) && codePoints(value) <= max);
  const longest = fc.constantFrom('x'.repeat(max), `${'ab '.repeat(Math.floor(max / 3))}`.slice(0, max));
  return fc.oneof({ weight: 30, arbitrary: usual }, { weight: 1, arbitrary: longest });
}

const lineArb = prose(line, 6);
const textArb = prose(text, 14);

const slugArb = fc.oneof(
  fc.constantFrom('x', 'x-text', 'text', 'q', 'a-3', 'one'),
  fc.stringMatching(new RegExp(slug.pattern ?? '')).filter((value) => value.length <= (slug.maxLength ?? 80)),
  fc.constant('z'.repeat(slug.maxLength ?? 80)),
);

const langArb = fc.oneof(
  fc.constantFrom('en', 'en-GB', 'es', 'ar', 'he', 'ja', 'tr', 'zh-Hant', 'en-12', 'en-US-US', 'xx-YY-ZZ'),
  fc.stringMatching(new RegExp(contract.properties.lang.pattern ?? '')),
);

const two = (n: number) => String(n).padStart(2, '0');
const publishedArb = fc
  .record({
    date: fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    time: fc.option(
      fc.record({
        h: fc.nat(23),
        m: fc.nat(59),
        s: fc.option(fc.nat(59)),
        z: fc.option(fc.tuple(fc.boolean(), fc.nat(23), fc.nat(59))),
      }),
    ),
  })
  .map(({ date, time }) => {
    const day = date.toISOString().slice(0, 10);
    if (time === null) return day;
    const seconds = time.s === null ? '' : `:${two(time.s)}`;
    const zone = time.z === null ? 'Z' : `${time.z[0] ? '+' : '-'}${two(time.z[1])}:${two(time.z[2])}`;
    return `${day}T${two(time.h)}:${two(time.m)}${seconds}${zone}`;
  });

const passage = fc.record({ text: textArb, plain: textArb }, { requiredKeys: ['text'] });
const shortNameArb = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((value) => codePoints(value) <= 40);
const termArb = fc.oneof(
  fc.constantFrom(...WORDS, 'sign language', 'A', '!', ' ', 'a!'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
);

const speakerArb = fc.record(
  {
    id: slugArb,
    name: lineArb,
    shortName: shortNameArb,
    role: fc.constantFrom('interviewer', 'interviewee', 'other'),
    description: lineArb,
  },
  { requiredKeys: ['id', 'name', 'role'] },
);

function exchangeArb(speakers: readonly string[]) {
  const who = fc.constantFrom(...speakers);
  return fc.record({
    id: slugArb,
    question: fc.record(
      { speaker: who, text: textArb, plain: textArb },
      { requiredKeys: ['speaker', 'text'] },
    ),
    answer: fc.record(
      { speaker: who, paragraphs: fc.array(textArb, { minLength: 1, maxLength: 3 }), plain: textArb },
      { requiredKeys: ['speaker', 'paragraphs'] },
    ),
  });
}

const glossaryArb = fc.uniqueArray(
  fc.record(
    { term: termArb, aliases: fc.array(termArb, { maxLength: 3 }), definition: textArb },
    { requiredKeys: ['term', 'definition'] },
  ),
  { maxLength: 6, comparator: (a, b) => sameIgnoringCase(a.term, b.term) },
);

/** A valid interview, small enough to render many times. */
export const interviewArb: fc.Arbitrary<Interview> = fc
  .uniqueArray(speakerArb, { minLength: 1, maxLength: 3, selector: (speaker) => speaker.id })
  .chain((speakers) =>
    fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        id: slugArb,
        lang: langArb,
        title: lineArb,
        subtitle: lineArb,
        source: fc.record(
          {
            publication: lineArb,
            authors: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
            published: publishedArb,
            url: fc.webUrl({ validSchemes: ['https'] }).filter((url) => url.length <= 2000),
          },
          { requiredKeys: ['publication', 'authors', 'published'] },
        ),
        speakers: fc.constant(speakers),
        summary: fc.record(
          { plain: textArb, keyPoints: fc.array(lineArb, { maxLength: 3 }) },
          { requiredKeys: ['plain'] },
        ),
        intro: fc.array(passage, { maxLength: 2 }),
        exchanges: fc.uniqueArray(exchangeArb(speakers.map((speaker) => speaker.id)), {
          minLength: 1,
          maxLength: 5,
          selector: (exchange) => exchange.id,
        }),
        outro: fc.array(passage, { maxLength: 2 }),
        glossary: glossaryArb,
      },
      { requiredKeys: ['schemaVersion', 'id', 'lang', 'title', 'source', 'speakers', 'exchanges'] },
    ),
  ) as fc.Arbitrary<Interview>;
