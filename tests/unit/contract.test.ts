// @vitest-environment node
// The contract (data/interview.schema.json) is a copy of the shared one, and the code generated from it is
// up to date: the validator the app runs and the types it compiles against never drift from the schema.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateTypes,
  generateValidator,
  loadSchema,
  schemaPath,
  typesPath,
  validatorPath,
} from '../../scripts/contract-code.ts';
import type { Interview } from '../../src/interview/generated/interview';
import { validateInterview } from '../../src/interview/validate';
import { projectRoot } from './fixtures';

const sharedSchemaPath = join(projectRoot, '..', 'shared', 'contracts', 'interview.schema.json');

describe('the contract', () => {
  it('is the shared contract, byte for byte, when the shared copy is present', () => {
    const local = readFileSync(schemaPath, 'utf8');
    const localSchema = JSON.parse(local) as Record<string, unknown>;
    expect(localSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    if (existsSync(sharedSchemaPath)) {
      const shared = readFileSync(sharedSchemaPath, 'utf8');
      expect(localSchema).toEqual(JSON.parse(shared));
      expect(local).toBe(shared);
    }
  });
});

describe('generated code', () => {
  it('the committed validator is what the generator writes from the schema now', () => {
    expect(readFileSync(validatorPath, 'utf8')).toBe(generateValidator(loadSchema()));
  });

  it('the committed types are what the generator writes from the schema now', async () => {
    expect(readFileSync(typesPath, 'utf8')).toBe(await generateTypes(loadSchema()));
  });

  it('the validator needs neither require() nor Function(), so it runs under the strict CSP', () => {
    const code = readFileSync(validatorPath, 'utf8');
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bFunction\(/);
    expect(code).not.toMatch(/\beval\(/);
  });

  it('the types describe what the validator accepts, and refuse what it refuses', () => {
    // Checked by tsc: a valid document satisfies Interview, one without exchanges does not.
    const sample = {
      schemaVersion: 1,
      id: 'typed',
      lang: 'en',
      title: 'Typed',
      source: { publication: 'P', authors: ['A'], published: '2024-02-29' },
      speakers: [{ id: 'host', name: 'Host', role: 'interviewer' }],
      exchanges: [
        {
          id: 'one',
          question: { speaker: 'host', text: 'Q?' },
          answer: { speaker: 'host', paragraphs: ['A.'] },
        },
      ],
    } satisfies Interview;
    // @ts-expect-error exchanges is required by the contract
    const incomplete: Interview = { ...sample, exchanges: undefined };

    expect(validateInterview(sample).ok).toBe(true);
    expect(validateInterview(incomplete).ok).toBe(false);
  });
});
