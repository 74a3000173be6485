// Say-all over the two lines that hold phrases side by side, in whatever mode and interface language
// the page is in: the summary's facts (the reading time for the mode, then the question count, a
// middle dot between them for the eye) and the footer's sources (sentence after sentence, names and a
// date in them). Chromium left the spaces between those phrases out of the accessibility tree, and
// Orca ran them together: "…words6 questions", "Entertainment Weekly.Written by".
import { expect } from 'vitest';
import type { ScreenReader } from './screen-reader';

interface Lines {
  heading: string;
  readingTime: string;
  questions: string;
  footer: string;
}

export interface Heard {
  lines: Lines;
  summary: string;
  footer: string;
}

/** The lines as the page shows them now (the reading time of the mode shown). */
const linesShown = (sr: ScreenReader) =>
  sr.page.evaluate((): Lines => {
    const facts = document.querySelector('.summary-facts');
    const shown = [...(facts?.querySelectorAll('[data-show]') ?? [])].find(
      (span) => span.getClientRects().length > 0,
    );
    return {
      heading: document.querySelector('#in-brief')?.textContent ?? '',
      readingTime: (shown ?? facts?.firstChild)?.textContent?.trim() ?? '',
      questions: facts?.lastChild?.textContent?.trim() ?? '',
      footer: document.querySelector('.site-footer p')?.textContent ?? '',
    };
  });

/**
 * Say-all from the summary's heading to its question count (then a key stops it), and from the
 * footer's landmark to the end of the page. Returns what Orca said for each, utterances joined.
 */
export async function sayAllOverPhrases(sr: ScreenReader): Promise<Heard> {
  const lines = await linesShown(sr);
  await sr.press('ctrl+Home');
  await sr.repeat('h', (said) => said.includes(lines.heading), 20);
  let mark = sr.speech.mark();
  sr.key('KP_Add');
  const summary = await sr.speech.settle(mark, {
    quietMs: 2000,
    until: (said) => said.join(' ').includes(lines.questions) || said.length > 40,
  });
  await sr.press('Control_L');
  const footerStart = lines.footer.slice(0, 20);
  await sr.press('ctrl+End');
  await sr.repeat('shift+m', (said) => said.includes(footerStart), 6);
  mark = sr.speech.mark();
  sr.key('KP_Add');
  const footer = await sr.speech.settle(mark, { quietMs: 2000 });
  return { lines, summary: summary.join('\n'), footer: footer.join('\n') };
}

/** Each phrase said apart: a space or a pause between them, never one word run into the next. */
export function expectPhrasesApart({ lines, summary, footer }: Heard) {
  const apart = (before: string, after: string) => new RegExp(`${escape(before)}[\\s.,،]+${escape(after)}`);
  expect.soft(summary, summary).toContain(lines.readingTime);
  expect.soft(summary, summary).toMatch(apart(lines.readingTime, lines.questions));
  // A sentence's full stop, then straight on into the next sentence's first word.
  expect.soft(footer, footer).toContain(lines.footer.slice(0, 20));
  expect.soft(footer, footer).not.toMatch(/[.،]\p{L}/u);
  expect.soft(footer, footer).not.toMatch(/\p{L}\p{Nd}/u);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
