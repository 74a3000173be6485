// An independent judge of the contract, for the property tests: the schema compiled by Ajv 2020 at test
// time (not the generated standalone code the app runs), and the x-rules written again here, without
// the app's code: uniqueness ignoring case by the regular-expression engine's own case folding, and
// real dates by the Date object's own calendar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { projectRoot } from '../unit/fixtures';

const schema = JSON.parse(readFileSync(join(projectRoot, 'data', 'interview.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: false, strict: false });
const checkSchema = ajv.compile(schema);

type Doc = Record<string, unknown>;
const list = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : []);

/** Whether two strings are the same ignoring case, as /…/iu compares them. */
export function sameIgnoringCase(a: string, b: string): boolean {
  const escaped = [...a].map((char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`).join('');
  return new RegExp(`^${escaped}$`, 'iu').test(b);
}

function allDistinct(values: string[], same: (a: string, b: string) => boolean = (a, b) => a === b): boolean {
  return values.every((value, i) => values.slice(i + 1).every((other) => !same(value, other)));
}

/** A date, or date and time, that names a moment that exists (the Date object agrees field by field). */
export function realDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2})))?$/.exec(
    text,
  );
  if (!match) return false;
  const [y, mo, d, h = '0', mi = '0', s = '0', oh = '0', om = '0'] = match.slice(1).map((x) => x ?? '0');
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  const sameDay =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d);
  // A leap second (:60) exists; Date cannot hold one.
  return (
    sameDay && Number(h) < 24 && Number(mi) < 60 && Number(s) <= 60 && Number(oh) < 24 && Number(om) < 60
  );
}

/** The contract's x-rules, and the reader's rule that a date must exist. */
export function followsRules(doc: Doc): boolean {
  const speakers = list(doc['speakers']).map((speaker) => String(speaker['id']));
  const exchanges = list(doc['exchanges']);
  const terms = list(doc['glossary']).map((entry) => String(entry['term']));
  const source = doc['source'] as Doc | undefined;
  return (
    allDistinct(speakers) &&
    allDistinct(exchanges.map((exchange) => String(exchange['id']))) &&
    allDistinct(terms, sameIgnoringCase) &&
    exchanges.every((exchange) =>
      ['question', 'answer'].every((part) => speakers.includes(String((exchange[part] as Doc)['speaker']))),
    ) &&
    realDate(String(source?.['published']))
  );
}

/** The independent verdict: valid by the schema and by the rules. */
export function isValid(doc: unknown): boolean {
  return checkSchema(doc) && followsRules(doc as Doc);
}
