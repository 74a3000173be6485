// @vitest-environment node
// The validator against an independent judge (oracle.ts), on documents the contract allows and on
// each of many mutations of them: it never throws, it agrees, and every problem names a real place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretText } from '../../src/interview/interpret';
import { displayPointer } from '../../src/interview/problems';
import { validateInterview } from '../../src/interview/validate';
import { createMatcher, glossaryFragments, markText } from '../../src/reading/glossary-marks';
import { foldCase } from '../../src/interview/case-fold';
import { interviewArb, WORDS } from './arbitraries';
import { mutationArb, MUTATION_KINDS, resolvePointer } from './mutations';
import { isValid, sameIgnoringCase } from './oracle';
import { runs, TIMEOUT_MS } from './settings';

/** Every problem names a place in the document, or a missing field of a place that is there; one line each. */
function problemsArePlaced(doc: unknown, problems: readonly { pointer: string; code: string }[]) {
  for (const problem of problems) {
    const { found, parentFound } = resolvePointer(doc, problem.pointer);
    expect(
      found || (problem.code === 'required' && parentFound),
      `${problem.pointer} (${problem.code})`,
    ).toBe(true);
    expect(displayPointer(problem.pointer)).not.toMatch(/[\n\r\u2028\u2029]/);
  }
}

describe('validateInterview', { timeout: TIMEOUT_MS }, () => {
  it('accepts every document the contract allows, as the independent validator does', () => {
    fc.assert(
      fc.property(interviewArb, (doc) => {
        expect(isValid(doc)).toBe(true);
        const result = validateInterview(doc);
        expect(result.ok ? [] : result.problems).toEqual([]);
        expect(interpretText(JSON.stringify(doc)).ok).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it(`agrees with the independent validator on mutated documents (${MUTATION_KINDS.length} kinds), never throwing, every problem placed`, () => {
    fc.assert(
      fc.property(
        interviewArb.chain((doc) => mutationArb(doc)),
        ({ mutated }) => {
          const result = validateInterview(mutated);
          expect(result.ok).toBe(isValid(mutated));
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            expect(result.problems.length).toBeLessThanOrEqual(100);
            problemsArePlaced(mutated, result.problems);
          }
          // The same verdict through the text the app and the command read.
          const text = JSON.stringify(mutated);
          if (text !== undefined) expect(interpretText(text).ok).toBe(result.ok);
        },
      ),
      { numRuns: runs(1_000) },
    );
  });

  it('never throws on any JSON value at all, and agrees there too', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validateInterview(value).ok).toBe(isValid(value));
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('glossary marking and ids', { timeout: TIMEOUT_MS }, () => {
  const glossary = fc.array(
    fc.record({
      term: fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })),
      aliases: fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }),
      definition: fc.constant('d'),
    }),
    { maxLength: 8 },
  );

  it('marks never overlap, cover the text exactly, and each entry at most once per text', () => {
    const textArb = fc.array(
      fc.oneof(fc.constantFrom(...WORDS, ' ', '\n', 'ſ', '-'), fc.string({ maxLength: 4 })),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(glossary, textArb, (entries, pieces) => {
        const text = pieces.join('');
        const segments = markText(text, createMatcher(entries));
        expect(segments.map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(text);
        const marked = segments.flatMap((s) => (typeof s === 'string' ? [] : [s.entry]));
        expect(new Set(marked).size).toBe(marked.length);
      }),
      { numRuns: runs(500) },
    );
  });

  it('gives every entry a different fragment', () => {
    fc.assert(
      fc.property(glossary, (entries) => {
        const fragments = glossaryFragments(entries);
        expect(new Set(fragments).size).toBe(entries.length);
      }),
      { numRuns: runs(500) },
    );
  });

  it('folds case as the regular-expression engine compares it', () => {
    const cased = fc.string({ unit: 'binary', minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(cased, cased, (a, b) => {
        expect(foldCase(a) === foldCase(b)).toBe(sameIgnoringCase(a, b));
        expect(foldCase(a.toUpperCase()) === foldCase(a)).toBe(sameIgnoringCase(a.toUpperCase(), a));
      }),
      { numRuns: runs(2_000) },
    );
  });
});
