// Validate once, at the edge: `unknown` goes in, a typed Interview or a list of problems comes out.
// The schema part is Ajv standalone code generated ahead of time (scripts/generate-contract-code.ts);
// the contract's x-rules, which JSON Schema cannot express, are checked here by hand.
import type { Interview } from './generated/interview';
import { validate as validateSchema } from './generated/validate-schema.js';
import { toPointer, type Problem } from './problems';

export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

export type ValidationResult = { ok: true; interview: Interview } | { ok: false; problems: Problem[] };

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

type SchemaValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export function validateInterview(data: unknown): ValidationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ pointer: '', code: 'notObject', params: { actual: describeType(data) } }],
    };
  }
  const version = (data as Record<string, unknown>)['schemaVersion'];
  if (version !== undefined && !(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    // A document of another version would produce a flood of unrelated errors; this one says it all.
    return {
      ok: false,
      problems: [
        {
          pointer: '/schemaVersion',
          code: 'schemaVersion',
          params: {
            actual: JSON.stringify(version) ?? String(version),
            supported: SUPPORTED_SCHEMA_VERSIONS.join(', '),
          },
        },
      ],
    };
  }
  const check = validateSchema as SchemaValidator;
  const schemaProblems = check(data) ? [] : schemaErrorsToProblems(check.errors ?? []);
  const problems = [...schemaProblems, ...checkRules(data as Record<string, unknown>)];
  return problems.length === 0 ? { ok: true, interview: data as Interview } : { ok: false, problems };
}

function schemaErrorsToProblems(errors: readonly AjvError[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = schemaErrorToProblem(error);
    // One sentence per place: an empty string also fails the "not blank" pattern, say it once.
    const key = problem.code === 'blank' ? `${problem.pointer} empty` : `${problem.pointer} ${problem.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function schemaErrorToProblem({ instancePath, schemaPath, keyword, params, message }: AjvError): Problem {
  const at = instancePath;
  switch (keyword) {
    case 'required':
      return { pointer: at + toPointer([String(params['missingProperty'])]), code: 'required', params: {} };
    case 'additionalProperties':
      return {
        pointer: at + toPointer([String(params['additionalProperty'])]),
        code: 'unknownProperty',
        params: { property: String(params['additionalProperty']) },
      };
    case 'type':
      return { pointer: at, code: 'type', params: { expected: String(params['type']) } };
    case 'enum':
      return {
        pointer: at,
        code: 'enum',
        params: { allowed: (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ') },
      };
    case 'const':
      return {
        pointer: at,
        code: 'schemaVersion',
        params: { actual: '?', supported: SUPPORTED_SCHEMA_VERSIONS.join(', ') },
      };
    case 'minLength':
      return { pointer: at, code: 'empty', params: {} };
    case 'maxLength':
      return { pointer: at, code: 'tooLong', params: { limit: Number(params['limit']) } };
    case 'minItems':
      return { pointer: at, code: 'emptyList', params: { limit: Number(params['limit']) } };
    case 'maxItems':
      return { pointer: at, code: 'tooMany', params: { limit: Number(params['limit']) } };
    case 'pattern':
      return { pointer: at, code: patternCode(schemaPath), params: {} };
    default:
      return { pointer: at, code: 'other', params: { detail: message ?? keyword } };
  }
}

function patternCode(schemaPath: string): Problem['code'] {
  if (schemaPath.includes('/slug/')) return 'slug';
  if (schemaPath.includes('/lang/')) return 'lang';
  if (schemaPath.includes('/published/')) return 'date';
  if (schemaPath.includes('/url/')) return 'https';
  return 'blank';
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// --- x-rules -------------------------------------------------------------------------------------
// Written defensively: they run even when the schema failed, so an author sees every problem at once.

function checkRules(doc: Record<string, unknown>): Problem[] {
  const speakers = uniqueBy(doc, 'speakers', 'id', 'duplicateSpeakerId');
  const exchanges = uniqueBy(doc, 'exchanges', 'id', 'duplicateExchangeId');
  // The contract: glossary terms are unique ignoring case.
  const terms = uniqueBy(doc, 'glossary', 'term', 'duplicateGlossaryTerm', (term) =>
    term.toLocaleLowerCase(),
  );
  const problems = [...speakers.problems, ...exchanges.problems, ...terms.problems];

  const known = [...speakers.first.keys()].join(', ');
  arrayAt(doc, 'exchanges').forEach((exchange, index) => {
    for (const part of ['question', 'answer'] as const) {
      const speaker = stringAt(objectAt(exchange, part), 'speaker');
      if (speaker !== undefined && speakers.first.size > 0 && !speakers.first.has(speaker)) {
        problems.push({
          pointer: toPointer(['exchanges', index, part, 'speaker']),
          code: 'unknownSpeaker',
          params: { id: speaker, known },
        });
      }
    }
  });
  return problems;
}

/** Where each key of a list is first used, and a problem for every later use naming that first place. */
function uniqueBy(
  doc: Record<string, unknown>,
  list: string,
  field: 'id' | 'term',
  code: Problem['code'],
  keyOf: (value: string) => string = (value) => value,
): { first: Map<string, number>; problems: Problem[] } {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  arrayAt(doc, list).forEach((item, index) => {
    const value = stringAt(item, field);
    if (value === undefined) return;
    const key = keyOf(value);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else
      problems.push({
        pointer: toPointer([list, index, field]),
        code,
        params: { [field]: value, other: toPointer([list, earlier, field]) },
      });
  });
  return { first, problems };
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
