// Generated validator's shape (the .js beside this file is written by scripts/generate-contract-code.ts).
export declare const validate: ((data: unknown) => boolean) & { errors?: unknown[] | null };
export default validate;
