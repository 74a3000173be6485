// axe in every theme crossed with every reading mode: plain-language boxes, glossary marks and the
// "original wording" marker each bring colours of their own, and each must hold 7:1 in every theme.
import { describe, expect } from 'vitest';
import { READING_MODES, THEMES } from '../../src/preferences/preferences';
import { axeViolations, settled } from './browser';
import { appUrl, test } from './fixtures';

const cases = THEMES.flatMap((theme) => READING_MODES.map((mode) => ({ theme, mode })));

describe.each(cases)('the $theme theme in $mode mode', ({ theme, mode }) => {
  test('has no axe violations, on an interview with and without plain versions', async ({ open }) => {
    const { page, errors } = await open({ stored: { theme, mode }, settle: false });
    for (const src of ['', '?src=fixtures/partial-plain.json']) {
      await page.goto(appUrl + src);
      await settled(page);
      await expect(page.getAttribute('html', 'data-theme')).resolves.toBe(theme);
      await expect(page.locator('html').getAttribute('data-mode')).resolves.toBe(mode);
      await expect(axeViolations(page), `${theme} ${mode} ${src}`).resolves.toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
