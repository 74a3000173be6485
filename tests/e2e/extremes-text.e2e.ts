// Text stays clean and in order, in every interface language: no {{placeholder}} and no direction
// control character reaches the page (copying an error gives the address as typed), a name that ends
// in an unterminated override (U+202E) reverses nothing after it, the tab title isolates the document's
// title; and shortcuts work on a keyboard layout of another script.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchForFile } from './browser';
import { openReader } from './extremes';

const appUrl = inject('appUrl');
const browser = await launchForFile();
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/** The left edges of characters in the first text node after `selector`'s element that has the first. */
function edgesAfter(page: Page, selector: string, characters: string[]): Promise<(number | null)[]> {
  return page.evaluate(
    ([css, wanted]) => {
      const element = document.querySelector(css);
      let node: Node | null = element?.nextSibling ?? null;
      while (
        node !== null &&
        !(node.nodeType === Node.TEXT_NODE && node.textContent?.includes(wanted[0] ?? ''))
      )
        node = node.nextSibling;
      const text = node?.textContent ?? '';
      return wanted.map((character) => {
        const at = text.indexOf(character);
        if (node === null || at < 0) return null;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + character.length);
        return range.getBoundingClientRect().left;
      });
    },
    [selector, characters] as const,
  );
}

describe.each(['en', 'es', 'ar'] as const)('the %s interface', (language) => {
  it('shows no {{placeholder}} and no control character, on the interview and an error', async () => {
    const page = await openReader(browser, appUrl, { language });
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).not.toContain('{{');
    expect(text).not.toMatch(CONTROLS);
    await page.goto(`${appUrl}?src=fixtures/no-such-interview.json`);
    await page.getByRole('alert').waitFor();
    // What a reader copies from the message is what they see.
    const copied = await page.evaluate(() => {
      const message = document.querySelector('[role="alert"] p');
      if (message === null) return '';
      getSelection()?.selectAllChildren(message);
      return getSelection()?.toString() ?? '';
    });
    expect(copied).toContain('/reader/fixtures/no-such-interview.json');
    expect(copied).not.toMatch(CONTROLS);
    expect(copied).not.toContain('{{');
    await page.context().close();
  });

  it('keeps what follows a name with an unterminated override in its own order', async () => {
    const page = await openReader(browser, `${appUrl}?src=fixtures/bidi-names.json`, { language });
    const rtl = language === 'ar';
    // People list: " — role." after the name reads in the interface's direction.
    const [dash = null, stop = null] = await edgesAfter(page, '.speakers li:first-child strong', ['—', '.']);
    expect(dash).not.toBeNull();
    expect(stop).not.toBeNull();
    if (dash !== null && stop !== null) expect(rtl ? dash > stop : dash < stop).toBe(true);
    // Byline: ", published" after the publication is not reversed into "dehsilbup ,".
    const byline = await page.evaluate(() => document.querySelector('.byline')?.textContent ?? '');
    expect(byline).not.toMatch(/[\u2066-\u2069]/u);
    // The label's colon stays after the short name, on the side the text runs to.
    const label = await page.evaluate(() => {
      const abbr = document.querySelector('.exchange > .speaker-label abbr');
      const bdi = abbr?.querySelector('bdi');
      const colon = bdi?.nextSibling;
      if (!abbr || !bdi || !colon) return null;
      const range = document.createRange();
      range.selectNodeContents(colon);
      return { name: bdi.getBoundingClientRect().right, colon: range.getBoundingClientRect().left };
    });
    expect(label).not.toBeNull();
    if (label) expect(label.colon).toBeGreaterThanOrEqual(label.name - 1);
    // The tab title: the document's title isolated, so its override ends before the app's name.
    const title = await page.title();
    expect(title.startsWith('\u2068\u202eA title that overrides its direction\u2069')).toBe(true);
    await page.context().close();
  });
});

describe('shortcuts on a keyboard layout of another script', () => {
  it('j, k and m work with an Arabic layout, by the key’s place', async () => {
    const page = await openReader(browser, appUrl, { language: 'ar' });
    const cdp = await page.context().newCDPSession(page);
    const press = async (key: string, code: string, keyCode: number) => {
      for (const type of ['keyDown', 'keyUp'] as const)
        await cdp.send('Input.dispatchKeyEvent', {
          type,
          key,
          code,
          windowsVirtualKeyCode: keyCode,
          ...(type === 'keyDown' ? { text: key } : {}),
        });
    };
    await press('ت', 'KeyJ', 74);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-covid-isolation');
    await press('ت', 'KeyJ', 74);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-long-delays');
    await press('ن', 'KeyK', 75);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-covid-isolation');
    await press('ة', 'KeyM', 77);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-mode')))
      .toBe('plain');
    await cdp.detach();
    await page.context().close();
  });
});
