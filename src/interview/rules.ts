// The contract's x-rules, which JSON Schema cannot express, plus the one check its date pattern leaves
// open (a day that does not exist). Written defensively: they run even when the schema failed, so an
// author sees every problem at once, and on any value at all, so a hostile document cannot crash them.
import { foldCase } from './case-fold';
import { previewText, toPointer, type ProblemList } from './problems';

export function checkRules(doc: Record<string, unknown>, list: ProblemList): void {
  const speakers = uniqueBy(doc, 'speakers', 'id', 'duplicateSpeakerId', list);
  uniqueBy(doc, 'exchanges', 'id', 'duplicateExchangeId', list);
  // The contract: glossary terms are unique ignoring case, by one fold that no locale changes.
  uniqueBy(doc, 'glossary', 'term', 'duplicateGlossaryTerm', list, foldCase);

  let known: string | undefined;
  arrayAt(doc, 'exchanges').forEach((exchange, index) => {
    for (const part of ['question', 'answer'] as const) {
      const speaker = stringAt(objectAt(exchange, part), 'speaker');
      if (speaker === undefined || speakers.size === 0 || speakers.has(speaker)) continue;
      known ??= previewText([...firstKeys(speakers, 51)].join(', '), 400);
      const names = known;
      list.add(() => ({
        pointer: toPointer(['exchanges', index, part, 'speaker']),
        code: 'unknownSpeaker',
        params: { id: previewText(speaker), known: names },
      }));
    }
  });

  const published = stringAt(objectAt(doc, 'source'), 'published');
  if (published !== undefined && !isRealDate(published)) {
    list.add({
      pointer: '/source/published',
      code: 'impossibleDate',
      params: { date: previewText(published) },
    });
  }
}

/** Where each key of a list is first used; a problem for every later use, naming that first place. */
function uniqueBy(
  doc: Record<string, unknown>,
  name: string,
  field: 'id' | 'term',
  code: 'duplicateSpeakerId' | 'duplicateExchangeId' | 'duplicateGlossaryTerm',
  list: ProblemList,
  keyOf: (value: string) => string = (value) => value,
): Map<string, number> {
  const first = new Map<string, number>();
  arrayAt(doc, name).forEach((item, index) => {
    const value = stringAt(item, field);
    if (value === undefined) return;
    const key = keyOf(value);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else
      list.add(() => ({
        pointer: toPointer([name, index, field]),
        code,
        params: { [field]: previewText(value), other: toPointer([name, earlier, field]) },
      }));
  });
  return first;
}

function* firstKeys(map: Map<string, number>, count: number): Generator<string> {
  let n = 0;
  for (const key of map.keys()) {
    if (n++ === count) return yield '…';
    yield key;
  }
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * Whether a date the contract's pattern admits names a real day and time: month 01–12, a day that month
 * has (29 February only in leap years), hours to 23, minutes to 59, seconds to 60 (a leap second) and an
 * offset of at most 23:59. Anything the pattern itself refuses is the schema's problem, not this one's.
 */
export function isRealDate(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match) return true;
  const part = (index: number) => Number(match[index] ?? 0);
  const [year, month, day] = [part(1), part(2), part(3)];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return (
    days !== undefined &&
    day >= 1 &&
    day <= days &&
    part(4) <= 23 &&
    part(5) <= 59 &&
    part(6) <= 60 &&
    part(7) <= 23 &&
    part(8) <= 59
  );
}

function objectAt(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function arrayAt(value: unknown, key: string): unknown[] {
  const found = objectAt(value, key);
  return Array.isArray(found) ? found : [];
}

function stringAt(value: unknown, key: string): string | undefined {
  const found = objectAt(value, key);
  return typeof found === 'string' ? found : undefined;
}
