import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/interview/generated/interview';
import {
  effectiveMode,
  hasPlainVersions,
  plainParagraphs,
  questionText,
  shownText,
  textsShown,
} from '../../src/reading/modes';
import { builtInText, fixture } from './fixtures';

const builtIn = () => JSON.parse(builtInText()) as Interview;

describe('shownText', () => {
  const original = ['First.', 'Second.'];
  it('shows the original in original mode, plain version or not', () => {
    expect(shownText(original, 'Plain.', 'original')).toEqual({
      paragraphs: original,
      version: 'original',
      fallback: false,
      plainAfter: null,
    });
  });
  it('shows the plain version in plain mode', () => {
    expect(shownText(original, 'Plain.', 'plain')).toEqual({
      paragraphs: ['Plain.'],
      version: 'plain',
      fallback: false,
      plainAfter: null,
    });
  });
  it.each([undefined, '', '   '])('falls back to the original, flagged, when plain is %j', (plain) => {
    expect(shownText(original, plain, 'plain')).toEqual({
      paragraphs: original,
      version: 'original',
      fallback: true,
      plainAfter: null,
    });
  });
  it('shows the original then the plain version in both mode, and only the original without one', () => {
    expect(shownText(original, 'Plain.', 'both').plainAfter).toEqual(['Plain.']);
    expect(shownText(original, 'Plain.', 'both').paragraphs).toEqual(original);
    expect(shownText(original, undefined, 'both')).toEqual({
      paragraphs: original,
      version: 'original',
      fallback: false,
      plainAfter: null,
    });
  });
});

describe('plainParagraphs', () => {
  it('splits a plain version at blank lines', () => {
    expect(plainParagraphs('One.\n\nTwo.\n  \nThree.\nstill three.')).toEqual([
      'One.',
      'Two.',
      'Three.\nstill three.',
    ]);
  });
});

describe('questionText', () => {
  it('reads the plain question in plain mode only, and the original when there is none', () => {
    const question = { text: 'Original?', plain: 'Plain?' };
    expect(questionText(question, 'plain')).toBe('Plain?');
    expect(questionText(question, 'original')).toBe('Original?');
    expect(questionText(question, 'both')).toBe('Original?');
    expect(questionText({ text: 'Only?' }, 'plain')).toBe('Only?');
  });
});

describe('hasPlainVersions and effectiveMode', () => {
  it('finds plain versions in the built-in interview', () => {
    expect(hasPlainVersions(builtIn())).toBe(true);
    expect(effectiveMode('both', builtIn())).toBe('both');
  });
  it('finds none in a document without them, and shows it in the original whatever was chosen', () => {
    const doc = fixture('no-plain') as Interview;
    expect(hasPlainVersions(doc)).toBe(false);
    expect(effectiveMode('plain', doc)).toBe('original');
    expect(effectiveMode('both', doc)).toBe('original');
  });
  it('counts a single plain passage in the outro', () => {
    const doc = fixture('no-plain') as Interview;
    doc.outro = [{ text: 'Bye.', plain: 'Goodbye.' }];
    expect(hasPlainVersions(doc)).toBe(true);
  });
});

describe('textsShown', () => {
  it('lists what each mode shows, in reading order', () => {
    const doc = fixture('partial-plain') as Interview;
    expect(textsShown(doc, 'original')).toEqual([
      'An introduction with a plain version.',
      'What is the first question?',
      'The first answer, hard to follow.',
      'Second question, without a plain version?',
      'The second answer has no plain version.',
      'The end.',
    ]);
    expect(textsShown(doc, 'plain')).toEqual([
      'A plain introduction.',
      'First question?',
      'The first answer, in plain words.',
      'Second question, without a plain version?',
      'The second answer has no plain version.',
      'The end.',
    ]);
    expect(textsShown(doc, 'both')).toEqual([
      'An introduction with a plain version.',
      'A plain introduction.',
      'What is the first question?',
      'First question?',
      'The first answer, hard to follow.',
      'The first answer, in plain words.',
      'Second question, without a plain version?',
      'The second answer has no plain version.',
      'The end.',
    ]);
  });
});
