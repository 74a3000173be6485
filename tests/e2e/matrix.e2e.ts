// axe in every theme crossed with every reading mode: plain-language boxes, glossary marks and the
// "original wording" marker each bring colours of their own, and each must hold 7:1 in every theme.
import { describe, expect, inject, it } from 'vitest';
import { READING_MODES, THEMES } from '../../src/preferences/preferences';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/preferences/storage';
import { axeViolations, openPage, settled, launchForFile } from './browser';

const appUrl = inject('appUrl');
const browser = await launchForFile();

const cases = THEMES.flatMap((theme) => READING_MODES.map((mode) => ({ theme, mode })));

describe.each(cases)('the $theme theme in $mode mode', ({ theme, mode }) => {
  it('has no axe violations, on an interview with and without plain versions', async () => {
    const { page, errors } = await openPage(browser, appUrl);
    // The first load saves its own preferences as it mounts: let it, before storing ours over them.
    await settled(page);
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: STORAGE_KEY,
      value: JSON.stringify({ version: STORAGE_VERSION, preferences: { theme, mode } }),
    });
    for (const src of ['', '?src=fixtures/partial-plain.json']) {
      await page.goto(appUrl + src);
      await settled(page);
      await expect(page.getAttribute('html', 'data-theme')).resolves.toBe(theme);
      await expect(page.locator('article').getAttribute('data-mode')).resolves.toBe(mode);
      await expect(axeViolations(page), `${theme} ${mode} ${src}`).resolves.toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
