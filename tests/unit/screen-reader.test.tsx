// What a screen reader says, with @guidepup/virtual-screen-reader over the real app in jsdom. Not a
// substitute for NVDA, JAWS or VoiceOver, but it proves the order, names and roles a reader hears.
import { virtual } from '@guidepup/virtual-screen-reader';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderReader } from './render';

const TITLE = 'Riz Ahmed on Sound of Metal, sign language and deaf culture';
const FIRST_QUESTION =
  'Did making this movie offer any head start for coping with the isolation of COVID-19?';

/** Reads on with "next" until a phrase matches, as a person reading from the top would. */
async function readUntil(match: (phrase: string) => boolean, limit = 400): Promise<string[]> {
  for (let step = 0; step < limit; step++) {
    if (match((await virtual.lastSpokenPhrase()) ?? '')) break;
    await virtual.next();
  }
  return virtual.spokenPhraseLog();
}

/** Presses a navigation command until it stops moving: the list a reader gets from it. */
async function listBy(command: keyof typeof virtual.commands): Promise<string[]> {
  const heard: string[] = [];
  for (let step = 0; step < 100; step++) {
    await virtual.perform(virtual.commands[command]);
    const phrase = (await virtual.lastSpokenPhrase()) ?? '';
    if (heard.includes(phrase)) break;
    heard.push(phrase);
  }
  return heard;
}

/** Each expected phrase is heard, in this order (other phrases may come between them). */
function expectInOrder(log: readonly string[], expected: readonly string[]) {
  let from = 0;
  for (const phrase of expected) {
    const at = log.indexOf(phrase, from);
    expect(at, `"${phrase}" after position ${from} in:\n${log.join('\n')}`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

describe('a screen reader on the built-in interview', () => {
  beforeEach(async () => {
    renderReader();
    await screen.findByRole('heading', { level: 1, name: TITLE }, {});
    await virtual.start({ container: document.body });
  });
  afterEach(async () => {
    await virtual.stop();
    vi.unstubAllGlobals();
  });

  it('reads from the top: banner, title, in brief, then who asks, the first question and the answer', async () => {
    const log = await readUntil((phrase) => phrase.startsWith('It was strangely'));
    expectInOrder(log, [
      'link, Skip to main content',
      'banner',
      'Open Caption Reader',
      // No popup hint: Orca switches to focus mode on a button with a popup (issue 13).
      'button, Keyboard shortcuts',
      'end of banner',
      'main, not busy',
      // The article is not named by its title: Orca skipped the labelling heading in say-all.
      'article',
      `heading, ${TITLE}, level 1`,
      // The navigation is unnamed: Orca said "Contents" twice, as its name and its heading's (issue 13).
      'navigation',
      'heading, Contents, level 2',
      'heading, In brief, level 2',
      'heading, The interview, level 2',
      // Who asks, once, then the question as the heading: a list of headings reads as the questions.
      // The name is isolated from the label's colon (<bdi>): this virtual reader reads each text node.
      'Entertainment Weekly',
      ':',
      `heading, ${FIRST_QUESTION}, level 3`,
      'Riz Ahmed',
      ':',
    ]);
    expect(log.at(-1)).toMatch(/^It was strangely/);
    // The short name is for the eye: "E W" is never read out.
    expect(log).not.toContain('EW:');
  });

  it('lists headings without skipped levels, each question at level 3', async () => {
    const headings = await listBy('moveToNextHeading');
    const levels = headings.map((phrase) => Number(/level (\d)$/.exec(phrase)?.[1]));
    expect(headings[0]).toBe(`heading, ${TITLE}, level 1`);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
    });
    expect(headings).toContain(`heading, ${FIRST_QUESTION}, level 3`);
    expect(headings.filter((phrase) => phrase.endsWith(', level 3'))).toHaveLength(6 + 1);
    expect(headings.filter((phrase) => phrase.includes('Entertainment Weekly'))).toHaveLength(0);
  });

  it('lists the landmarks: banner, main, the navigation and contentinfo', async () => {
    const landmarks = await listBy('moveToNextLandmark');
    expectInOrder(landmarks, ['banner', 'main, not busy', 'navigation', 'contentinfo']);
  });
});
