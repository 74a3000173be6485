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
const mode = (page: Page) => page.evaluate(() => document.documentElement.dataset['mode']);
/**
 * Focus is back on the button that opened a dialog, and Orca is there: Shift+Tab says the control
 * before it. Orca 43 often says nothing as focus returns (it drops the first focus change after the
 * page comes back from behind a modal dialog), so where Orca is is shown by its next step.
 */
const expectBackOn = async (button: string, before: string) => {
  await expect
    .poll(() =>
      sr.page.evaluate(() =>
        document.activeElement?.isConnected ? document.activeElement.textContent : null,
      ),
    )
    .toBe(button);
  expectInOrder(await sr.press('shift+Tab'), [`${before} push button`]);
};
/** Presses a key and listens until Orca has said `expected` (or has been quiet a second). */
const pressAndHear = async (key: string, expected: string) => {
  const mark = sr.speech.mark();
  await sr.press(key);
  return sr.speech.settle(mark, { quietMs: 1000, until: (s) => s.join(' ').includes(expected) });
};
/** Tab from the top of the page until Orca names the control: the banner's order may grow. */
const tabTo = async (name: string) => {
  await sr.press('ctrl+Home');
  const said = await sr.repeat('Tab', (stop) => stop.includes(name), 30);
  expect(said.at(-1), said.join('\n')).toContain(name);
};
/** A dialog shows: the definitions are closed popovers with the dialog role, always in the page. */
const dialogOpen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role="dialog"]')].some(
      (dialog) => !dialog.hasAttribute('popover') || dialog.matches(':popover-open'),
    ),
  );

describe('Tab through every control', () => {
  let stops: string[] = [];
  let last = '';
  beforeAll(async () => {
    await sr.open();
    last = await sr.page.evaluate(() => {
      // The last control shown: closed definitions hold Close buttons that Tab never reaches.
      const control = [...document.querySelectorAll<HTMLElement>('a[href], button')]
        .filter((element) => element.getClientRects().length > 0)
        .at(-1);
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
    await tabTo('Keyboard shortcuts push button');
    expect((await sr.press('h')).join(' ')).toMatch(/heading level 1/);
    await sr.press('m');
    expect(await mode(sr.page)).toBe('original');
    expect(await dialogOpen(sr.page)).toBe(false);
  });

  it('on a glossary term, a letter that reaches the page does not change the reading mode', async () => {
    await sr.open();
    await tabTo('sober house');
    // Orca switches to focus mode on an expandable button (the term opens its definition), and
    // passes these letters to the page: the shortcuts must leave them alone there.
    await sr.press('m', 's', 'k');
    expect(await mode(sr.page)).toBe('original');
    expect(await dialogOpen(sr.page)).toBe(false);
  });
});

describe('the reading mode and the dialogs', () => {
  let said: string[] = [];
  beforeAll(async () => {
    await sr.open();
    // To the second choice of "Reading mode" in browse mode (R: next radio button) and check it with
    // Space, as a radio button is checked (Return does nothing on one, in any browser).
    expect((await sr.press('ctrl+Home', 'r', 'r')).join(' ')).toContain('Plain language');
    const mark = sr.speech.mark();
    await sr.press('space');
    said = await sr.speech.settle(mark, {
      quietMs: 1500,
      until: (spoken) => spoken.join(' ').includes('Reading mode:'),
    });
  });

  it('announces a reading-mode change once', async () => {
    expectSaidTimes(said, 'Reading mode: Plain language.', 1);
    expect(await mode(sr.page)).toBe('plain');
  });

  it('opens Reading settings on its first control, short and clean, and Tab reads each setting once', async () => {
    await tabTo('Reading settings push button');
    const mark = sr.speech.mark();
    await sr.press('Return');
    const opened = await sr.speech.settle(mark, {
      quietMs: 1000,
      until: (s) => s.join(' ').includes('Close'),
    });
    const text = opened.join(' ');
    expectInOrder(opened, ['Close push button']);
    expect(text.length, text).toBeLessThan(300);
    // Issue 13: nothing before Close, no "clickable" (a focusable holder Orca said so of, once).
    expectNotSaid(opened, 'clickable');
    expectNotSaid(opened, /Text size100%|sans-serifSerif/);
    const slider = (await sr.press('Tab')).join(' ');
    expect(slider).toMatch(/Text size horizontal slider 100%/);
    expectSaidTimes([slider], 'Text size', 1);
  });

  it('closes with Escape back on its button, without repeating old announcements', async () => {
    const closed = await pressAndHear('Escape', 'Reading settings push button');
    // Said where focus went: a reader who pressed Escape heard nothing before (focus came back from
    // <body> a frame after the panel went, and Orca 43 said nothing of it; ui/Panel).
    expectInOrder(closed, ['Reading settings push button']);
    expectNotSaid(closed, 'Reading mode: Plain language.');
    expectNotSaid(closed, 'Interview loaded');
    expect(await dialogOpen(sr.page)).toBe(false);
    await expectBackOn('Reading settings', 'Keyboard shortcuts');
  });

  it('opens Keyboard shortcuts on its first control, and reads each shortcut as one phrase', async () => {
    const mark = sr.speech.mark();
    await sr.press('Return');
    const opened = await sr.speech.settle(mark, {
      quietMs: 1000,
      until: (s) => s.join(' ').includes('Close'),
    });
    // Focus is on Close at once, and Orca says where it is: the dialog's name, then Close (ui/Dialog).
    expectInOrder(opened, ['Keyboard shortcuts dialog', 'Close push button']);
    expectNotSaid(opened, /jGo to|clickable/);
    const rows = (await sr.repeat('Down', (line) => line.includes('Show this list of shortcuts'), 15)).join(
      '\n',
    );
    // One Down per row, the key then what it does. Orca pauses between the key (a <kbd>) and the
    // words ("j. : Go to the next question."), which is the clean phrase asked for: nothing run together.
    expect(rows).toMatch(/(^|\. )j\b[.:\s]*Go to the next question\.$/m);
    expect(rows).toMatch(/(^|\. )\+ or\.? = ?[.:\s]*Make the text larger\.$/m);
    expectNotSaid([rows], 'description term');
    const closed = await pressAndHear('Escape', 'Keyboard shortcuts push button');
    // Said where focus went, the page given back first (ui/Dialog closes in two steps).
    expectInOrder(closed, ['banner', 'Keyboard shortcuts push button']);
    expectNotSaid(closed, 'Reading mode: Plain language.');
    expect(await dialogOpen(sr.page)).toBe(false);
    await expectBackOn('Keyboard shortcuts', 'Read aloud');
  });
});
