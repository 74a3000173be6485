// The reading chrome (issue 14): a banner that leaves room for the text in every interface language and
// window, controls that stay put when the mode changes, an interface that grows with the text size,
// and a printed page that is the interview and its glossary without a single control.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import ar from '../../src/i18n/locales/ar.json';
import en from '../../src/i18n/locales/en.json';
import es from '../../src/i18n/locales/es.json';
import { axeViolations } from './browser';
import { appUrl, test, type Open } from './fixtures';
import { visible } from './locate';

const LOCALES = { en, es, ar } as const;
type Language = keyof typeof LOCALES;
const LANGUAGES = Object.keys(LOCALES) as Language[];
const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 900 },
  { width: 1440, height: 900 },
] as const;
/** At most 15 % of a 1024 × 768 window. */
const MAX_BANNER = 115;

async function openIn(
  open: Open,
  language: Language,
  viewport: { width: number; height: number },
  textSize = 100,
): Promise<Page> {
  const { page, errors } = await open({ stored: { language, textSize }, context: { viewport } });
  // A prerendered page hydrates in English, then takes on the reader's language: wait for it.
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
  expect(errors).toEqual([]);
  return page;
}

/** The banner's height, and its rows: the distinct tops of the controls shown in it. */
function bannerGeometry(page: Page) {
  return page.evaluate(() => {
    const banner = document.querySelector('header');
    const title = document.querySelector('h1');
    if (banner === null || title === null) throw new Error('No banner or title on the page');
    const controls = [...banner.querySelectorAll('button, label:has(> input)')].filter((control) =>
      control.checkVisibility(),
    );
    const tops = new Set(controls.map((control) => Math.round(control.getBoundingClientRect().top)));
    return {
      height: banner.getBoundingClientRect().height,
      rows: tops.size,
      sticky: getComputedStyle(banner).position === 'sticky',
      titleTop: title.getBoundingClientRect().top,
    };
  });
}

/** Where every control shown in the banner is. */
function controlBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('header button, header label:has(> input)')]
      .filter((control) => control.checkVisibility())
      .map((control) => {
        const { x, y, width, height } = control.getBoundingClientRect();
        return { name: control.textContent, x, y, width, height };
      }),
  );
}

const modeGroup = (page: Page, language: Language) =>
  page.getByRole('radiogroup', { name: LOCALES[language].modes.label });
/** A mode is chosen as a person does it: by its label (the radio input itself is visually hidden). */
const chooseMode = (page: Page, language: Language, mode: 'original' | 'plain' | 'both') =>
  modeGroup(page, language)
    .locator('label')
    .filter({ hasText: new RegExp(`^${LOCALES[language].modes.options[mode]}$`) })
    .click();

describe.each(LANGUAGES)('the banner in %s', (language) => {
  const words = LOCALES[language];
  test.for(SIZES)('at $width × $height', async (viewport, { open }) => {
    const page = await openIn(open, language, viewport);
    const before = await bannerGeometry(page);
    expect(before.sticky).toBe(true);
    expect(before.height).toBeLessThanOrEqual(MAX_BANNER);
    expect(before.rows).toBe(1);
    // On a phone the title starts in the first 40 % of the screen.
    if (viewport.width < 768) expect(before.titleTop).toBeLessThanOrEqual(viewport.height * 0.4);

    // Choosing another mode moves no control: the chosen one is marked without changing any width.
    const boxes = await controlBoxes(page);
    await chooseMode(page, language, 'plain');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['mode'])).toBe('plain');
    await expect.poll(() => controlBoxes(page)).toEqual(boxes);
    await chooseMode(page, language, 'both');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['mode'])).toBe('both');
    await expect.poll(() => controlBoxes(page)).toEqual(boxes);

    // Everything else is one press away: in the row on wide screens, behind Menu where it is not.
    const banner = page.getByRole('banner');
    const settings = banner.getByRole('button', { name: words.settings.button, exact: true });
    const menu = banner.getByRole('button', { name: words.banner.menu, exact: true });
    if (viewport.width >= 1280) {
      await expect(menu.isVisible()).resolves.toBe(false);
    } else {
      await expect(settings.isVisible()).resolves.toBe(false);
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      await menu.press('Enter');
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    }
    for (const name of [words.readAloud.start, words.shortcuts.button, words.settings.button])
      await expect(banner.getByRole('button', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    if (viewport.width < 1280) {
      await menu.press('Enter');
      await expect.poll(() => settings.isVisible()).toBe(false);
    }
  });

  test('prints the interview and the glossary, with the source address and no controls', async ({ open }) => {
    const page = await openIn(open, language, { width: 1280, height: 900 });
    const questions = await page.getByRole('heading', { level: 3 }).count();
    await expect(page.locator('footer .print-only').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    // No control is printed. The glossary's terms are buttons on screen; on paper they are words.
    const printedControls = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, [role="button"], .skip-link')]
        .filter((control) => control.checkVisibility() && !control.classList.contains('glossary-term'))
        .map((control) => control.textContent),
    );
    expect(printedControls).toEqual([]);
    await expect(visible(page.getByRole('banner').getByRole('button')).count()).resolves.toBe(0);
    const terms = await page.evaluate(() =>
      [...document.querySelectorAll('.glossary-term')]
        .filter((term) => term.checkVisibility())
        .map((term) => getComputedStyle(term).borderStyle + ' ' + getComputedStyle(term).backgroundColor),
    );
    for (const term of terms) expect(term).toBe('none rgba(0, 0, 0, 0)');
    // Every question, the glossary and its definitions are there.
    const shownQuestions = await visible(page.getByRole('heading', { level: 3 })).count();
    expect(shownQuestions).toBe(questions);
    expect(questions).toBeGreaterThan(0);
    await expect(
      page.getByRole('heading', { level: 2, name: words.article.glossaryHeading }).isVisible(),
    ).resolves.toBe(true);
    const glossary = await page.evaluate(() =>
      [...document.querySelectorAll('.glossary dt, .glossary dd:not(.aliases, .glossary-uses)')].map((item) =>
        item.checkVisibility(),
      ),
    );
    expect(glossary.length).toBeGreaterThan(2);
    expect(glossary.every(Boolean)).toBe(true);
    // Where it came from: the page's own address, written out on paper only.
    const printedFrom = page.locator('footer .print-only');
    await expect(printedFrom.isVisible()).resolves.toBe(true);
    await expect(printedFrom.textContent()).resolves.toContain(appUrl);
    // A question is never left at the foot of a page, away from its answer.
    const breaks = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body);
      return [style('.question').breakAfter, style('.answer > .speaker-label').breakAfter];
    });
    expect(breaks).toEqual(['avoid', 'avoid']);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});

test('prints the address of the original beside its link', async ({ open }) => {
  const { page } = await open({ at: '?src=fixtures/bidi-names.json' });
  await page.emulateMedia({ media: 'print' });
  const source = await page.evaluate(() => {
    const link = document.querySelector('footer a[href]');
    return link && { href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content };
  });
  expect(source?.href).toMatch(/^https:/);
  expect(source?.after).toBe(`" (${source?.href ?? ''})"`);
});

describe('the interface follows the text size', () => {
  const fontSize = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

  test.for(LANGUAGES)('in the banner, the dialogs and their popovers (%s)', async (language, { open }) => {
    const words = LOCALES[language];
    const viewport = { width: 1024, height: 768 };
    const sizes: Record<string, number>[] = [];
    for (const textSize of [100, 200]) {
      const page = await openIn(open, language, viewport, textSize);
      // Still one row at 200 %: the reading mode and Menu, where the reader is below them.
      const geometry = await bannerGeometry(page);
      expect(geometry.rows).toBe(1);
      expect(geometry.height).toBeLessThanOrEqual(viewport.height * 0.2);
      const banner = page.getByRole('banner');
      const menu = banner.getByRole('button', { name: words.banner.menu, exact: true });
      const measured: Record<string, number> = {
        menu: await menu.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
        mode: await fontSize(page, 'header label:has(> input)'),
      };
      await menu.press('Enter');
      await banner.getByRole('button', { name: words.shortcuts.button, exact: true }).press('Enter');
      const shortcuts = page.getByRole('dialog', { name: words.shortcuts.title });
      await shortcuts.waitFor();
      measured['shortcuts'] = await shortcuts
        .getByRole('listitem')
        .first()
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      await page.keyboard.press('Escape');
      await shortcuts.waitFor({ state: 'detached' });
      await banner.getByRole('button', { name: words.settings.button, exact: true }).press('Enter');
      const settings = page.getByRole('dialog', { name: words.settings.title });
      await settings.waitFor();
      measured['settings'] = await settings
        .getByRole('heading', { name: words.settings.title })
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      await page.keyboard.press('Escape');
      await settings.waitFor({ state: 'detached' });
      // A glossary definition's way out is interface too.
      await page.locator('main .glossary-term').first().click();
      const definition = page.locator('.definition:popover-open');
      await definition.waitFor();
      measured['definition'] = await fontSize(page, '.definition:popover-open .definition-actions');
      await page.keyboard.press('Escape');
      if (textSize === 200) await expect(axeViolations(page)).resolves.toEqual([]);
      sizes.push(measured);
    }
    const [normal, large] = sizes as [Record<string, number>, Record<string, number>];
    for (const [part, size] of Object.entries(normal)) {
      const ratio = (large[part] ?? 0) / size;
      expect(ratio, part).toBeGreaterThan(1.9);
      expect(ratio, part).toBeLessThan(2.1);
    }
  });

  test('and stays usable at 320 px: nothing scrolls sideways, every tool is one press away', async ({
    open,
  }) => {
    const page = await openIn(open, 'en', { width: 320, height: 640 }, 200);
    const sideways = () =>
      page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);
    const banner = page.getByRole('banner');
    await banner.getByRole('button', { name: 'Menu', exact: true }).press('Enter');
    for (const name of ['Read aloud', 'Keyboard shortcuts', 'Reading settings'])
      await expect(banner.getByRole('button', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});
