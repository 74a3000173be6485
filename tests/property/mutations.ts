// Breaking a valid document in one of many ways, at a place chosen at random: the invalid half of the
// property tests. Some mutations leave the document valid (a wrong type where any string is allowed
// is still wrong; a "duplicate" of a unique item may differ); the oracle decides, not the mutation.
import fc from 'fast-check';
import { previewValue } from '../../src/interview/problems';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...at, index], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}

function parentOf(doc: Json, path: Path): { parent: Json; key: string | number } | undefined {
  let parent = doc;
  for (const segment of path.slice(0, -1)) {
    parent = (parent as Record<string | number, Json>)[segment] as Json;
  }
  const key = path[path.length - 1];
  return key === undefined ? undefined : { parent, key };
}

function set(doc: Json, path: Path, value: Json | undefined): Json {
  const place = parentOf(doc, path);
  if (place === undefined) return value ?? null;
  const { parent, key } = place;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (value === undefined) parent.splice(key, 1);
    else parent[key] = value;
  } else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    if (value === undefined) Reflect.deleteProperty(parent, key);
    else parent[key as string] = value;
  }
  return doc;
}

function nested(depth: number): Json {
  let value: Json = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

/** Each kind takes a copy of the document, the path chosen and a random number, and returns the result. */
const KINDS: Record<string, (doc: Json, path: Path, n: number) => Json> = {
  delete: (doc, path) => set(doc, path, undefined),
  number: (doc, path, n) => set(doc, path, n),
  null: (doc, path) => set(doc, path, null),
  boolean: (doc, path) => set(doc, path, true),
  emptyString: (doc, path) => set(doc, path, ''),
  blankString: (doc, path) => set(doc, path, ' \n\t '),
  longString: (doc, path) => set(doc, path, 'w'.repeat(20_001)),
  emptyArray: (doc, path) => set(doc, path, []),
  emptyObject: (doc, path) => set(doc, path, {}),
  array: (doc, path, n) =>
    set(
      doc,
      path,
      Array.from({ length: (n % 300) + 1 }, () => n),
    ),
  unknownProperty: (doc, path) => {
    const place = parentOf(doc, path);
    const target = place === undefined ? doc : (place.parent as Record<string, Json>)[place.key as string];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      target['unknown\nkey\u202e'] = 'x';
    return doc;
  },
  duplicate: (doc, path) => {
    const place = parentOf(doc, path);
    if (place && Array.isArray(place.parent))
      place.parent.push(structuredClone(place.parent[place.key as number] ?? null));
    return doc;
  },
  // Another entry whose term is an existing one in other capitals: a duplicate ignoring case.
  caseVariant: (doc, path) => {
    const place = parentOf(doc, path);
    const value = place ? (place.parent as Record<string, Json>)[place.key as string] : undefined;
    const glossary = (doc as Record<string, Json> | null)?.['glossary'];
    if (typeof value === 'string' && Array.isArray(glossary))
      glossary.push({ term: value.toUpperCase(), definition: 'd' });
    return doc;
  },
  badSlug: (doc, path) => set(doc, path, 'Not A Slug!'),
  badLang: (doc, path, n) => set(doc, path, ['english', 'e', 'en_GB', 'en--x'][n % 4] ?? 'e'),
  badDate: (doc, path, n) =>
    set(
      doc,
      path,
      ['2021-02-30', '2021-13-01', '2021-04-31', '2020-10-23T24:00Z', '23/10/2020'][n % 5] ?? '',
    ),
  httpUrl: (doc, path) => set(doc, path, 'http://example.org/'),
  unknownSpeaker: (doc, path) => set(doc, path, 'nobody-here'),
  schemaVersion: (doc, _path, n) =>
    set(doc, ['schemaVersion'], [2, '1', 0, null, nested(n % 3_000)][n % 5] ?? 2),
  // Deep enough to overflow a recursive walk of the value, shallow enough for JSON.stringify.
  deepNesting: (doc, path, n) => set(doc, path, nested(1_000 + (n % 2_000))),
  notAnObject: (_doc, _path, n) => [null, [], 'interview', 42, true][n % 5] ?? null,
};

export const MUTATION_KINDS = Object.keys(KINDS);

const last = (path: Path) => path[path.length - 1];
/** Where a kind does its damage; kinds not named here strike anywhere. */
const TARGETS: Partial<Record<string, (path: Path) => boolean>> = {
  duplicate: (path) => path.length === 2 && ['speakers', 'exchanges', 'glossary'].includes(String(path[0])),
  caseVariant: (path) => path[0] === 'glossary' && last(path) === 'term',
  badSlug: (path) => last(path) === 'id' || last(path) === 'speaker',
  badLang: (path) => path.length === 1 && path[0] === 'lang',
  badDate: (path) => path[1] === 'published',
  httpUrl: (path) => path[1] === 'url' || path[1] === 'published',
  unknownSpeaker: (path) => last(path) === 'speaker',
  unknownProperty: (path) => typeof last(path) !== 'string' || path.length === 0,
};

/** One mutation of `doc`: its kind, a place in the document and a number, all chosen by fast-check. */
export function mutationArb(doc: unknown): fc.Arbitrary<{ kind: string; mutated: unknown }> {
  const all = paths(doc as Json);
  return fc
    .record({ kind: fc.constantFrom(...MUTATION_KINDS), place: fc.nat(), n: fc.nat() })
    .map(({ kind, place, n }) => {
      const targets = all.filter(TARGETS[kind] ?? (() => true));
      const among = targets.length > 0 ? targets : all;
      const path = among[place % among.length] ?? [];
      return {
        kind,
        mutated: KINDS[kind]?.(structuredClone(doc) as Json, path, n),
        // A failure is reported by kind and place: printing a value thousands of levels deep would
        // overflow fast-check's own printer.
        [fc.toStringMethod]: () => `${kind} at /${path.join('/')} (n = ${n}) of ${previewValue(doc, 2000)}`,
      };
    });
}

/** The value a JSON pointer names, or `undefined` when there is none. */
export function resolvePointer(doc: unknown, pointer: string): { found: boolean; parentFound: boolean } {
  if (pointer === '') return { found: true, parentFound: true };
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  let value: unknown = doc;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] ?? '';
    const container = value as Record<string, unknown> | null;
    const has = container !== null && typeof container === 'object' && Object.hasOwn(container, segment);
    if (!has) return { found: false, parentFound: index === segments.length - 1 };
    value = container[segment];
  }
  return { found: true, parentFound: true };
}
