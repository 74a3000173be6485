// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readabilityLines } from '../../scripts/validate-report.ts';
import { fleschKincaidGrade, plainFields } from '../../src/reading/readability';
import { builtInText, fixture } from './fixtures';

describe('fleschKincaidGrade', () => {
  it('scores short plain sentences lower than long, many-syllabled ones', () => {
    const plain = fleschKincaidGrade('The cat sat. It was warm. We ate.') ?? NaN;
    const hard =
      fleschKincaidGrade(
        'Notwithstanding considerable organisational difficulties, the international consortium ultimately demonstrated extraordinary determination.',
      ) ?? NaN;
    expect(plain).toBeLessThan(2);
    expect(hard).toBeGreaterThan(15);
  });
  it('does not end a sentence at an abbreviation before a number', () => {
    expect(fleschKincaidGrade('It opens Nov. 20, and streams from Dec. 4.')).toBeCloseTo(
      fleschKincaidGrade('It opens Nov 20, and streams from Dec 4.') ?? NaN,
      5,
    );
  });
  it('has no grade for text without words', () => {
    expect(fleschKincaidGrade('')).toBeNull();
    expect(fleschKincaidGrade(' — ')).toBeNull();
  });
});

describe('plainFields', () => {
  it('pairs each plain field with its original, by JSON pointer', () => {
    const fields = plainFields(fixture('partial-plain') as Parameters<typeof plainFields>[0]);
    expect(fields.map((f) => f.pointer)).toEqual([
      '/intro/0/plain',
      '/exchanges/0/question/plain',
      '/exchanges/0/answer/plain',
    ]);
    expect(fields[2]?.original).toBe('The first answer, hard to follow.');
  });
});

describe('readabilityLines', () => {
  it('reports every plain field of the built-in interview, with no warnings', () => {
    const lines = readabilityLines('s.json', JSON.parse(builtInText()));
    expect(lines).toHaveLength(14);
    expect(lines.filter((line) => line.includes('warning'))).toEqual([]);
    expect(lines).toContain('s.json: /summary/plain: readability: Flesch–Kincaid grade 4.7.');
  });
  it('warns when a plain version is above grade 8 or harder than its original', () => {
    expect(
      readabilityLines('p.json', fixture('partial-plain') as Parameters<typeof readabilityLines>[1]),
    ).toEqual([
      'p.json: /intro/0/plain: readability: Flesch–Kincaid grade 9.2, original 6.4.',
      'p.json: /intro/0/plain: warning: grade 9.2 is above 8; use shorter sentences and words.',
      'p.json: /intro/0/plain: warning: the plain version (grade 9.2) is harder than its original (grade 6.4).',
      'p.json: /exchanges/0/question/plain: readability: Flesch–Kincaid grade 2.9, original 0.5.',
      'p.json: /exchanges/0/question/plain: warning: the plain version (grade 2.9) is harder than its original (grade 0.5).',
      'p.json: /exchanges/0/answer/plain: readability: Flesch–Kincaid grade 0.5, original 2.5.',
    ]);
  });
  it('says nothing for a document in another language', () => {
    const doc = JSON.parse(builtInText()) as { lang: string };
    doc.lang = 'es';
    expect(readabilityLines('s.json', doc as Parameters<typeof readabilityLines>[1])).toEqual([]);
  });
});
