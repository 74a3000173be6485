// Validate once, at the edge: `unknown` goes in, a typed Interview or a list of problems comes out.
// The schema part is Ajv standalone code generated ahead of time (scripts/generate-contract-code.ts);
// the contract's x-rules, which JSON Schema cannot express, are checked in rules.ts.
// At most MAX_PROBLEMS problems are kept; the rest are counted, so a flood of them stays cheap.
import type { Interview } from './generated/interview';
import { validateWithLimit, type SchemaError } from './generated/validate-schema.js';
import { MAX_PROBLEMS, previewText, previewValue, ProblemList, toPointer, type Problem } from './problems';
import { checkRules } from './rules';

export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

export type ValidationResult =
  | { ok: true; interview: Interview }
  /** `omitted` is how many problems there were past those listed (only present when there were). */
  | { ok: false; problems: Problem[]; omitted?: number };

export function validateInterview(data: unknown, maxProblems = MAX_PROBLEMS): ValidationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ pointer: '', code: 'notObject', params: { actual: describeType(data) } }],
    };
  }
  const version = (data as Record<string, unknown>)['schemaVersion'];
  if (version !== undefined && !(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    // A document of another version would produce a flood of unrelated errors; this one says it all.
    // The value is quoted by a bounded preview: it may be nested thousands of levels deep.
    return {
      ok: false,
      problems: [
        {
          pointer: '/schemaVersion',
          code: 'schemaVersion',
          params: { actual: previewValue(version), supported: SUPPORTED_SCHEMA_VERSIONS.join(', ') },
        },
      ],
    };
  }
  const list = new ProblemList(maxProblems);
  const schema = validateWithLimit(data, maxProblems);
  for (const error of schema.errors) list.add(schemaErrorToProblem(error));
  list.omitted += schema.omitted;
  checkRules(data as Record<string, unknown>, list);
  if (list.problems.length === 0) return { ok: true, interview: data as Interview };
  return list.omitted > 0
    ? { ok: false, problems: list.problems, omitted: list.omitted }
    : { ok: false, problems: list.problems };
}

function schemaErrorToProblem({ instancePath, schemaPath, keyword, params, message }: SchemaError): Problem {
  const at = instancePath;
  switch (keyword) {
    case 'required':
      return { pointer: at + toPointer([String(params['missingProperty'])]), code: 'required', params: {} };
    case 'additionalProperties': {
      const property = String(params['additionalProperty']);
      return {
        pointer: at + toPointer([property]),
        code: 'unknownProperty',
        params: { property: previewText(property) },
      };
    }
    case 'type':
      return { pointer: at, code: 'type', params: { expected: String(params['type']) } };
    case 'enum':
      return {
        pointer: at,
        code: 'enum',
        params: { allowed: (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ') },
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
      // `const` (schemaVersion) never gets here: an unsupported version is answered above.
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
