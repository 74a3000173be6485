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
  const problems: Problem[] = [];
  const speakers = arrayAt(doc, 'speakers');
  const speakerIds = new Map<string, number>();
  speakers.forEach((speaker, index) => {
    const id = stringAt(speaker, 'id');
    if (id === undefined) return;
    const first = speakerIds.get(id);
    if (first === undefined) speakerIds.set(id, index);
    else
      problems.push({
        pointer: toPointer(['speakers', index, 'id']),
        code: 'duplicateSpeakerId',
        params: { id, other: toPointer(['speakers', first, 'id']) },
      });
  });

  const exchangeIds = new Map<string, number>();
  arrayAt(doc, 'exchanges').forEach((exchange, index) => {
    const id = stringAt(exchange, 'id');
    if (id !== undefined) {
      const first = exchangeIds.get(id);
      if (first === undefined) exchangeIds.set(id, index);
      else
        problems.push({
          pointer: toPointer(['exchanges', index, 'id']),
          code: 'duplicateExchangeId',
          params: { id, other: toPointer(['exchanges', first, 'id']) },
        });
    }
    for (const part of ['question', 'answer'] as const) {
      const speaker = stringAt(objectAt(exchange, part), 'speaker');
      if (speaker !== undefined && speakers.length > 0 && !speakerIds.has(speaker)) {
        problems.push({
          pointer: toPointer(['exchanges', index, part, 'speaker']),
          code: 'unknownSpeaker',
          params: { id: speaker, known: [...speakerIds.keys()].join(', ') },
        });
      }
    }
  });

  const terms = new Map<string, number>();
  arrayAt(doc, 'glossary').forEach((entry, index) => {
    const term = stringAt(entry, 'term');
    if (term === undefined) return;
    const key = term.toLocaleLowerCase();
    const first = terms.get(key);
    if (first === undefined) terms.set(key, index);
    else
      problems.push({
        pointer: toPointer(['glossary', index, 'term']),
        code: 'duplicateGlossaryTerm',
        params: { term, other: toPointer(['glossary', first, 'term']) },
      });
  });
  return problems;
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
