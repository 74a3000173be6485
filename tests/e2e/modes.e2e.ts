import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations, settled } from './browser';
import { appUrl, test } from './fixtures';
import { exchange, section, visible } from './locate';

const modeGroup = (page: Page) => page.getByRole('radiogroup', { name: 'Reading mode' });
const modeButton = (page: Page, name: string) => modeGroup(page).getByRole('radio', { name, exact: true });
/** A mode is chosen as a person does it: by its label (the radio input itself is visually hidden). */
const chooseMode = (page: Page, name: string) =>
  modeGroup(page)
    .locator('label')
    .filter({ hasText: new RegExp(`^${name}$`) })
    .click();
const announcer = (page: Page) => page.getByTestId('announcer');

describe('reading modes on the built-in interview', () => {
  test.for(['original', 'plain', 'both'])('has no axe violations in %s mode', async (mode, { open }) => {
    const { page, errors } = await open({ at: `?mode=${mode}` });
    await expect(page.locator('html').getAttribute('data-mode')).resolves.toBe(mode);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });

  test('shows plain versions, and marks the one part without one in words', async ({ open }) => {
    const { page } = await open({ at: '?mode=plain' });
    await expect(modeButton(page, 'Plain language').isChecked()).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { name: /Did making this film help you cope/ }).count(),
    ).resolves.toBe(1);
    const filming = exchange(page, 'When did you film this?');
    await expect(
      visible(filming.getByText('Original wording: this part has no plain version.')).count(),
    ).resolves.toBe(1);
    await expect(visible(page.getByText('Original wording', { exact: false })).count()).resolves.toBe(1);
    await expect(visible(page.getByText('In plain words', { exact: true })).count()).resolves.toBe(0);
    // The note is inside the heading line of the question it describes, not between it and its answer.
    const noted = 'When did you film this? Original wording: this part has no plain version.';
    await expect(page.getByRole('heading', { name: noted }).count()).resolves.toBe(1);
  });

  test('shows both versions, the plain one labelled and set apart by a border', async ({ open }) => {
    const { page } = await open({ at: '?mode=both' });
    const region = exchange(page, /Did making this movie offer/);
    await expect(visible(region.getByText('In plain words', { exact: true })).count()).resolves.toBe(2);
    const border = await region
      .locator('.plain-version')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).toBe('solid');
    await expect(region.textContent()).resolves.toContain('It was strangely prescient');
    await expect(region.textContent()).resolves.toContain(
      'The film strangely seemed to see what was coming.',
    );
  });

  test('switches by keyboard, announces it once, keeps the address and the place', async ({ open }) => {
    const { page } = await open({ at: '?src=data/sound-of-metal.json#q-sign-language-acting' });
    const heading = page.locator('#q-sign-language-acting');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-sign-language-acting');
    const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
    // The deep link put the question just below the sticky banner.
    const banner = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(before).toBeGreaterThanOrEqual(banner);
    expect(before).toBeLessThan(banner + 30);
    await modeButton(page, 'Original').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(modeButton(page, 'Plain language').isChecked()).resolves.toBe(true);
    const url = new URL(page.url());
    expect(url.searchParams.get('mode')).toBe('plain');
    expect(url.searchParams.get('src')).toBe('data/sound-of-metal.json');
    expect(url.hash).toBe('#q-sign-language-acting');
    // Exchanges near the window are laid out again at their new height over the next frames
    // (content-visibility); the place is put back each frame until it holds.
    // It stays where it was, clear of the banner. (Within a line's fraction: now and then a late layout of
    // a neighbouring exchange leaves it ~10 px lower, still the first thing under the banner.)
    await expect
      .poll(async () => Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - before), {
        timeout: 3000,
      })
      .toBeLessThanOrEqual(16);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(banner);
    await page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent !== '');
    await expect(announcer(page).textContent()).resolves.toBe('Reading mode: Plain language.');
  });

  test('keeps the mode from the address on reload, and saves it', async ({ open }) => {
    const { page } = await open({ at: '?mode=both' });
    await page.goto(appUrl);
    await settled(page);
    await expect(modeButton(page, 'Both').isChecked()).resolves.toBe(true);
    await chooseMode(page, 'Original');
    expect(new URL(page.url()).searchParams.has('mode')).toBe(false);
    await page.reload();
    await settled(page);
    await expect(modeButton(page, 'Original').isChecked()).resolves.toBe(true);
  });

  test('shows the reading time for the mode in brief', async ({ open }) => {
    const { page } = await open({ at: '?mode=both' });
    const brief = section(page, 'In brief').locator('.summary-facts');
    await expect(brief.innerText()).resolves.toMatch(
      /About 8 minutes to read with both versions · 6 questions/,
    );
    await chooseMode(page, 'Plain language');
    await expect(brief.innerText()).resolves.toMatch(
      /About 4 minutes to read in plain language · 6 questions/,
    );
  });
});

describe('a document without plain versions', () => {
  test('disables plain and both, says why, and shows the original even when the address asks for plain', async ({
    open,
  }) => {
    const { page, errors } = await open({ at: '?src=fixtures/no-plain.json&mode=plain' });
    await expect(modeButton(page, 'Original').isChecked()).resolves.toBe(true);
    await expect(modeButton(page, 'Plain language').isDisabled()).resolves.toBe(true);
    await expect(modeButton(page, 'Both').isDisabled()).resolves.toBe(true);
    const note = 'This interview has no plain-language version, so it shows in its original words.';
    await expect(page.getByText(note).isVisible()).resolves.toBe(true);
    await expect(modeGroup(page).getAttribute('aria-describedby')).resolves.toBe('reading-mode-unavailable');
    await expect(visible(page.getByText('Original wording', { exact: false })).count()).resolves.toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a document with some plain versions', () => {
  test('marks each part without one in plain mode, and has no axe violations', async ({ open }) => {
    const { page } = await open({ at: '?src=fixtures/partial-plain.json&mode=plain' });
    // The second question and its answer, and the afterword.
    await expect(
      visible(page.getByText('Original wording: this part has no plain version.')).count(),
    ).resolves.toBe(3);
    await expect(page.getByRole('heading', { name: 'First question?', exact: true }).count()).resolves.toBe(
      1,
    );
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});
