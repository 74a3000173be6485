// Generated validator's shape (the .js beside this file is written by scripts/generate-contract-code.ts).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export declare const validate: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
/** Validates, keeping at most `limit` errors and counting the rest as `omitted`. */
export declare function validateWithLimit(
  data: unknown,
  limit: number,
): { valid: boolean; errors: SchemaError[]; omitted: number };
export default validate;
