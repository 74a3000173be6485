import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE, sentenceSpans, splitLong, wordAt } from '../../src/read-aloud/sentences';

const said = (text: string, lang: string, max?: number) =>
  sentenceSpans(text, lang, max).map(({ start, end }) => text.slice(start, end));

describe('sentences, one utterance each', () => {
  it('splits English at sentence ends, trimmed, keeping abbreviations and decimals whole', () => {
    expect(said('I play drums. Do you? Yes! It was 2.5 hours long.', 'en')).toEqual([
      'I play drums.',
      'Do you?',
      'Yes!',
      'It was 2.5 hours long.',
    ]);
  });
  it('splits Spanish with its opening marks, and Arabic with its own question mark', () => {
    expect(said('¿Tocas la batería? Sí. ¡Claro!', 'es')).toEqual(['¿Tocas la batería?', 'Sí.', '¡Claro!']);
    expect(said('هل تعزف الطبول؟ نعم. كثيرًا.', 'ar')).toEqual(['هل تعزف الطبول؟', 'نعم.', 'كثيرًا.']);
  });
  it('splits Japanese at its full stop, which has no space after it', () => {
    expect(said('私はドラムを叩きます。あなたは？', 'ja')).toEqual(['私はドラムを叩きます。', 'あなたは？']);
  });
  it('says nothing for text without letters or digits', () => {
    expect(said('  … — ', 'en')).toEqual([]);
    expect(said('', 'en')).toEqual([]);
  });
  it('falls back to a default segmenter for a language tag it cannot use', () => {
    expect(said('One. Two.', 'not a tag')).toEqual(['One.', 'Two.']);
  });
});

describe('long sentences, split so a browser cannot cut them off', () => {
  const long =
    'When I first put the implants on, everything sounded metallic, like a radio between stations; ' +
    'voices came through tinny and far away, and it took months, honestly, before music felt like music again.';

  it('cuts at clause boundaries, each part within the limit, nothing lost', () => {
    const parts = said(long, 'en', 80);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(80);
    expect(parts[0]?.endsWith(';') || parts[0]?.endsWith(',')).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(long);
  });
  it('cuts at a word end when a clause is longer than the limit', () => {
    const words = 'word '.repeat(60).trim();
    const parts = splitLong(words, { start: 0, end: words.length }, 'en', 50);
    for (const part of parts) {
      const text = words.slice(part.start, part.end);
      expect(text.length).toBeLessThanOrEqual(50);
      expect(text).toMatch(/^word( word)*$/);
    }
  });
  it('leaves sentences of ordinary length whole', () => {
    expect(MAX_UTTERANCE).toBeGreaterThanOrEqual(120);
    expect(said(long, 'en')).toHaveLength(2);
  });
});

describe('the word a boundary event points at', () => {
  it('runs from the index to the end of the word when the voice sends no length', () => {
    const text = 'Deaf actors led the way.';
    expect(wordAt(text, 5, 'en')).toEqual({ start: 5, end: 11 });
    expect(wordAt(text, 0, 'en')).toEqual({ start: 0, end: 4 });
  });
  it('takes the length the voice sent', () => {
    expect(wordAt('Deaf actors', 0, 'en', 4)).toEqual({ start: 0, end: 4 });
  });
  it('is nothing outside the text', () => {
    expect(wordAt('Deaf', 9, 'en')).toBeNull();
    expect(wordAt('Deaf', -1, 'en')).toBeNull();
  });
});
