// Orca 43 and the reader's controls: Tab through all of them, single keys that must stay Orca's, the
// reading mode announced once, and both dialogs opened and closed.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ISOLATES,
  expectInOrder,
  expectNoDoubledName,
  expectNotSaid,
  expectSaidTimes,
} from './expect-speech';
import { startOrcaForFile } from './screen-reader';

const sr = startOrcaForFile();
const mode = (page: Page) =>
  page.evaluate(() => document.querySelector('.article')?.getAttribute('data-mode'));
const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector('[role="dialog"]') !== null);

describe('Tab through every control', () => {
  let stops: string[] = [];
  let last = '';
  beforeAll(async () => {
    await sr.open();
    last = await sr.page.evaluate(() => {
      const control = [...document.querySelectorAll('a[href], button')].at(-1);
      return control?.getAttribute('aria-label') ?? control?.textContent ?? '';
    });
    await sr.press('ctrl+Home');
    const first = (await sr.press('Tab')).join(' ');
    stops = [first, ...(await sr.repeat('Tab', (said) => said.includes(last), 90))];
  });

  it('stops at every control, in order, to the last', async () => {
    const tabbable = await sr.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('a[href], button:not(:disabled), [tabindex="0"]')].filter(
          (el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[role="radiogroup"]'),
        ).length + 1,
    );
    expect(stops.length).toBeGreaterThanOrEqual(tabbable - 1);
    expectInOrder(stops, [
      'Original',
      'Keyboard shortcuts push button',
      'Reading settings push button',
      'Introduction link',
    ]);
    expect(stops.at(-1)).toContain(last);
  });

  it('says no banner button opens a popup, and names no control twice', () => {
    expectNotSaid(
      stops.filter((said) => /Keyboard shortcuts|Reading settings/.test(said)),
      'opens dialog',
    );
    for (const said of stops) expectNoDoubledName(said);
    expectNotSaid(stops, 'clickable');
    expectNotSaid(stops, ISOLATES);
  });

  it('names the glossary links by term and place', () => {
    expectInOrder(stops, ['ASL, in question 5 link', 'sober house, in the introduction link']);
  });
});

describe('single keys stay Orca’s', () => {
  it('on a banner button Orca stays in browse mode: H and M move it, and change nothing', async () => {
    await sr.open();
    await sr.press('ctrl+Home', 'Tab');
    expect((await sr.press('Tab')).join(' ')).toMatch(/Keyboard shortcuts push button/);
    expect((await sr.press('h')).join(' ')).toMatch(/heading level 1/);
    await sr.press('m');
    expect(await mode(sr.page)).toBe('original');
    expect(await dialogOpen(sr.page)).toBe(false);
  });

  it('on a glossary term, a letter that reaches the page does not change the reading mode', async () => {
    await sr.open();
    await sr.press('ctrl+Home');
    await sr.repeat('Tab', (said) => said.includes('sober house'), 30);
    await sr.press('m', 's', 'k');
    expect(await mode(sr.page)).toBe('original');
    expect(await dialogOpen(sr.page)).toBe(false);
  });
});

describe('the reading mode and the dialogs', () => {
  let said: string[] = [];
  beforeAll(async () => {
    await sr.open();
    // To the second choice of "Reading mode" in browse mode (R: next radio button) and press it.
    await sr.press('ctrl+Home', 'r', 'r');
    const mark = sr.speech.mark();
    await sr.press('Return');
    await sr.speech.settle(mark, { quietMs: 1500 });
    said = sr.speech.since(mark);
  });

  it('announces a reading-mode change once', async () => {
    expectSaidTimes(said, 'Reading mode: Plain language.', 1);
    expect(await mode(sr.page)).toBe('plain');
  });

  it('opens Reading settings on its first control, short and clean, and Tab reads each setting once', async () => {
    await sr.press('Tab', 'Tab');
    const mark = sr.speech.mark();
    await sr.press('Return');
    const opened = await sr.speech.settle(mark, {
      quietMs: 1000,
      until: (s) => s.join(' ').includes('Close'),
    });
    const text = opened.join(' ');
    expectInOrder(opened, ['Close push button']);
    expect(text.length, text).toBeLessThan(300);
    expectNotSaid(opened, 'clickable');
    expectNotSaid(opened, /Text size100%|sans-serifSerif/);
    const slider = (await sr.press('Tab')).join(' ');
    expect(slider).toMatch(/Text size horizontal slider 100%/);
    expectSaidTimes([slider], 'Text size', 1);
  });

  it('closes with Escape back on its button, without repeating old announcements', async () => {
    const closed = await sr.press('Escape');
    expectInOrder(closed, ['Reading settings push button']);
    expectNotSaid(closed, 'Reading mode: Plain language.');
    expectNotSaid(closed, 'Interview loaded');
    expect(await dialogOpen(sr.page)).toBe(false);
  });

  it('opens Keyboard shortcuts on its first control, and reads each shortcut as one phrase', async () => {
    await sr.press('shift+Tab');
    const mark = sr.speech.mark();
    await sr.press('Return');
    const opened = await sr.speech.settle(mark, {
      quietMs: 1000,
      until: (s) => s.join(' ').includes('Close'),
    });
    expectInOrder(opened, ['Close push button']);
    expectNotSaid(opened, /jGo to|clickable/);
    const rows = (await sr.repeat('Down', (line) => line.includes('Show this list of shortcuts'), 15)).join(
      '\n',
    );
    expect(rows).toMatch(/\bj\s*:\s*Go to the next question/);
    expect(rows).toMatch(/\+ or = ?:\s*Make the text larger/);
    expectNotSaid([rows], 'description term');
    const closed = await sr.press('Escape');
    expectInOrder(closed, ['Keyboard shortcuts push button']);
    expectNotSaid(closed, 'Reading mode: Plain language.');
  });
});
