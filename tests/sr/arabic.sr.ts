// Orca 43 with the Arabic interface: the language chosen in Reading settings by keys alone, focus kept
// on the control that changed it, and the AT-SPI tree's languages (interface Arabic, interview and the
// English names inside Arabic sentences English).
import { beforeAll, describe, expect, it } from 'vitest';
import { expectInOrder } from './expect-speech';
import { interview } from './interview';
import { expectPhrasesApart, sayAllOverPhrases } from './phrases';
import { startOrcaForFile, type AtspiNode } from './screen-reader';

const sr = startOrcaForFile();
const ARABIC = 'العربية';

describe('choosing العربية in Reading settings', () => {
  let chosen: string[] = [];
  beforeAll(async () => {
    await sr.open();
    await sr.press('ctrl+Home');
    await sr.repeat('Tab', (said) => said.includes('Reading settings push button'), 30);
    const mark = sr.speech.mark();
    await sr.press('Return');
    await sr.speech.settle(mark, { quietMs: 1000, until: (s) => s.join(' ').includes('Close') });
    // In browse mode, R moves to the next radio button: on to the last language, and check it with
    // Space (Return does nothing on a radio button).
    await sr.repeat('r', (said) => said.includes(ARABIC), 40);
    const before = sr.speech.mark();
    await sr.press('space');
    chosen = await sr.speech.settle(before, { quietMs: 1000 });
  });

  it('switches the interface and keeps focus on the choice', async () => {
    await expect.poll(() => sr.page.evaluate(() => document.documentElement.lang)).toBe('ar');
    const focused = await sr.page.evaluate(() => document.activeElement?.closest('label')?.textContent ?? '');
    expect(focused).toBe(ARABIC);
    expect(chosen.join(' ')).not.toMatch(/^\s*$/);
  });

  it('closes with Escape back on the Arabic settings button, and Orca goes on reading', async () => {
    const mark = sr.speech.mark();
    await sr.press('Escape');
    const closed = await sr.speech.settle(mark, {
      quietMs: 1000,
      until: (s) => s.join(' ').includes('إعدادات القراءة'),
    });
    // Focus is back on the settings button, a live object (not one destroyed by the change of
    // language), and Orca says so (it said nothing when focus came back from <body>; ui/return-focus).
    await expect
      .poll(() =>
        sr.page.evaluate(() => {
          const focused = document.activeElement;
          return focused?.isConnected === true ? focused.textContent : null;
        }),
      )
      .toBe('إعدادات القراءة');
    expectInOrder(closed, ['إعدادات القراءة push button']);
    expectInOrder(await sr.press('shift+Tab'), ['اختصارات لوحة المفاتيح push button']);
    const heading = (await sr.press('ctrl+Home', 'h')).join(' ');
    expect(heading).toContain(`${interview.title} heading level 1`);
    await sr.press('m');
    await expect(sr.page.evaluate(() => document.documentElement.dataset['mode'])).resolves.toBe('original');
  });

  // Issue 13: the spaces between phrases, kept in the Arabic interface too.
  it('says the summary’s facts and the footer’s sources apart, in Arabic', async () => {
    const heard = await sayAllOverPhrases(sr);
    expect(heard.lines.heading).not.toBe('In brief');
    expectPhrasesApart(heard);
  });

  describe('the AT-SPI tree of the Arabic interface', () => {
    let tree: AtspiNode[] = [];
    beforeAll(() => {
      tree = sr.tree();
    });
    const langOf = (text: string) => tree.find((node) => node.name === text && node.lang)?.lang;

    it('reads the interface as Arabic and the interview as English', () => {
      expect(langOf('المحتويات')).toBe('ar');
      expect(langOf(interview.title)).toBe('en');
    });

    it('reads the English names inside Arabic sentences as English', () => {
      expect(langOf(interview.source.publication)).toBe('en');
      expect(langOf(interview.source.authors.join(', '))).toBe('en');
      expect(langOf('Open Caption Reader')).toBe('en');
    });
  });
});
