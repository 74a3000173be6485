// Assertions over what Orca said, with the transcript in the message when one fails.
import { expect } from 'vitest';

export const ISOLATES = /[\u2066-\u2069]/;

/** How many times a phrase is said (case-sensitive, whole text). */
export function timesSaid(said: readonly string[], phrase: string | RegExp): number {
  const text = said.join('\n');
  if (typeof phrase === 'string') return text.split(phrase).length - 1;
  return [
    ...text.matchAll(
      new RegExp(phrase.source, phrase.flags.includes('g') ? phrase.flags : `${phrase.flags}g`),
    ),
  ].length;
}

export function expectSaidTimes(said: readonly string[], phrase: string | RegExp, times: number) {
  expect(timesSaid(said, phrase), `"${String(phrase)}" said ${times} times in:\n${said.join('\n')}`).toBe(
    times,
  );
}

export function expectNotSaid(said: readonly string[], phrase: string | RegExp) {
  expectSaidTimes(said, phrase, 0);
}

/** Each phrase is said, in this order (other speech may come between). */
export function expectInOrder(said: readonly string[], phrases: readonly (string | RegExp)[]) {
  const text = said.join('\n');
  let from = 0;
  for (const phrase of phrases) {
    const rest = text.slice(from);
    const at = typeof phrase === 'string' ? rest.indexOf(phrase) : rest.search(phrase);
    expect(at, `"${String(phrase)}" after character ${from} of:\n${text}`).toBeGreaterThanOrEqual(0);
    from += at + 1;
  }
}

/** A name said twice in a row ("Contents Contents heading"), the way a doubled name sounds. */
const DOUBLED = /(^|[.\s])([^\s.].{2,80}?)[.\s]+\2(?=[\s.]|$)/;

/** No name is said twice in a row ("leaving region. region In brief" is two things, and allowed). */
export function expectNoDoubledName(said: string) {
  expect(said.replace(/leaving [a-z ]+\.\s*/g, ''), said).not.toMatch(DOUBLED);
}
