// Reading settings as a panel beside the article (wide screens) and a sheet over part of a phone's
// screen: nothing of the article under it, the article reflowing beside it and changing at once,
// keyboard in and out of it, Escape back to its button, mirrored in Arabic, clean under axe.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from './browser';
import { test, type OpenOptions } from './fixtures';

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const panel = (page: Page) => page.getByRole('dialog', { name: /Reading settings|إعدادات القراءة/ });

async function openPanel(page: Page) {
  // Below 1280 px (and at large text) the banner's tools are behind its Menu (in any language).
  const menu = page.locator('.site-header .banner-menu-button');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.locator('.banner-tools button').last().click();
  await panel(page).waitFor();
  // The article has reflowed beside it once the column has its new width.
  await page.waitForFunction(() => document.documentElement.dataset['settingsPanel'] === 'open');
}

const panelRect = (page: Page): Promise<Rect> =>
  panel(page).evaluate((el) => {
    const { left, right, top, bottom } = el.getBoundingClientRect();
    return { left, right, top, bottom };
  });

const articleRect = (page: Page): Promise<Rect> =>
  page.locator('article').evaluate((el) => {
    const { left, right, top, bottom } = el.getBoundingClientRect();
    return { left, right, top, bottom };
  });

/** The article's paragraphs on screen that the panel covers, even in part. */
const coveredParagraphs = (page: Page): Promise<string[]> =>
  panel(page).evaluate((dialog) => {
    const p = dialog.getBoundingClientRect();
    return [...document.querySelectorAll('article p')]
      .filter((paragraph) => paragraph.checkVisibility())
      .filter((paragraph) => {
        const r = paragraph.getBoundingClientRect();
        const onScreen = r.bottom > 0 && r.top < innerHeight && r.height > 0;
        return onScreen && r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
      })
      .map((paragraph) => (paragraph.textContent ?? '').slice(0, 40));
  });

const articleFontSize = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('article') as Element).fontSize);

/** Clicks a radio's visible label, as a pointer user does (react-aria's input is visually hidden). */
const choose = (page: Page, name: string) =>
  panel(page)
    .locator('label.radio')
    .filter({ has: page.getByRole('radio', { name, exact: true }) })
    .click();

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

const focusInPanel = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);

describe.each([
  [1280, 900],
  [1440, 900],
])('at %i×%i, Reading settings is a panel beside the article', (width, height) => {
  const at: OpenOptions = { context: { viewport: { width, height } } };

  test('at the side, under the banner, covering no paragraph; the article reflows beside it', async ({
    open,
  }) => {
    const { page, errors } = await open(at);
    const before = await articleRect(page);
    await openPanel(page);
    const box = await panelRect(page);
    const banner = await page.locator('.site-header').boundingBox();
    // At the end of the window, from under the banner to the foot of the window, not a modal's scrim.
    expect(Math.round(box.right)).toBe(width);
    expect(box.top).toBeGreaterThanOrEqual(Math.floor((banner?.y ?? 0) + (banner?.height ?? 0)) - 1);
    expect(Math.round(box.bottom)).toBe(height);
    expect(box.right - box.left).toBeLessThanOrEqual(width * 0.4);
    await expect(panel(page).getAttribute('aria-modal')).resolves.toBeNull();
    await expect(page.locator('.dialog-overlay').count()).resolves.toBe(0);
    // The article moved out from under it: its right edge left of the panel, and left of where it was.
    const after = await articleRect(page);
    expect(after.right).toBeLessThanOrEqual(box.left);
    expect(after.right).toBeLessThan(before.right);
    await expect(coveredParagraphs(page)).resolves.toEqual([]);
    // Still none covered further down, where the reader scrolls to.
    await page.mouse.move(after.left + 20, height / 2);
    await page.mouse.wheel(0, height * 3);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(height);
    await expect(coveredParagraphs(page)).resolves.toEqual([]);
    // The panel scrolls inside itself, and its scrolling never runs on into the page.
    await expect(
      panel(page).evaluate((el) => ({
        scrolls: el.scrollHeight > el.clientHeight,
        overscroll: getComputedStyle(el).overscrollBehaviorY,
      })),
    ).resolves.toEqual({ scrolls: true, overscroll: 'contain' });
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  test('shows a text size change on the article at once, beside the panel', async ({ open }) => {
    const { page } = await open(at);
    await openPanel(page);
    await expect(articleFontSize(page)).resolves.toBe('20px');
    const slider = panel(page).getByRole('slider', { name: 'Text size' });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => articleFontSize(page)).toBe('30px');
    // The panel stayed open, focus on the slider, and the larger text still clears it.
    await expect(slider.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(coveredParagraphs(page)).resolves.toEqual([]);
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
  });
});

describe('at 1024×768 with the widest lines, the column narrows beside the panel', () => {
  test('the article reflows to the narrower column, and the reader’s place is kept', async ({ open }) => {
    const { page } = await open({
      stored: { lineLength: 'wide' },
      context: { viewport: { width: 1024, height: 768 } },
    });
    const width = async () => {
      const { left, right } = await articleRect(page);
      return right - left;
    };
    const wide = await width();
    const heading = page.locator('article h3').nth(4);
    await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
    const top = async () => Math.round((await heading.boundingBox())?.y ?? -1);
    const before = await top();
    await page.keyboard.press('s');
    await panel(page).waitFor();
    await page.waitForFunction(() => document.documentElement.dataset['settingsPanel'] === 'open');
    // Narrower by a good part: the text has rewrapped, and everything after it moved.
    await expect.poll(width).toBeLessThan(wide - 50);
    await expect.poll(async () => Math.abs((await top()) - before)).toBeLessThanOrEqual(2);
    await expect(coveredParagraphs(page)).resolves.toEqual([]);
  });
});

describe('the panel by keyboard', () => {
  test('takes focus on a control, not the whole panel; Tab leaves it for the article and Shift+Tab comes back', async ({
    open,
  }) => {
    const { page } = await open();
    const button = page.getByRole('button', { name: 'Reading settings' });
    await button.focus();
    await page.keyboard.press('Enter');
    await panel(page).waitFor();
    // Focus goes to its first control, Close, as the panel appears: never the panel.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await expect(panel(page).evaluate((el) => el === document.activeElement)).resolves.toBe(false);

    const done = panel(page).getByRole('button', { name: 'Done' });
    await done.focus();
    await page.keyboard.press('Tab');
    await expect(focusInPanel(page)).resolves.toBe(false);
    // On to the page after the banner: the main column.
    await expect(
      page.evaluate(() => document.activeElement?.closest('main, .site-header') !== null),
    ).resolves.toBe(true);
    await expect(panel(page).count()).resolves.toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect(done.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // A press in the article does not close it: the reader is checking the text there.
    const paragraph = page.locator('article p').first();
    await paragraph.click();
    await expect(panel(page).count()).resolves.toBe(1);
    await expect(focusInPanel(page)).resolves.toBe(false);
    // Its button, pressed again, takes focus back into it.
    await button.click();
    await expect.poll(() => focusInPanel(page)).toBe(true);
    await expect(panel(page).count()).resolves.toBe(1);
  });

  test('leaves the single-key shortcuts to the page beside it: + grows the text, s goes back into the panel', async ({
    open,
  }) => {
    const { page } = await open();
    await openPanel(page);
    const slider = panel(page).getByRole('slider', { name: 'Text size' });
    await page.locator('article p').first().click();
    await page.keyboard.press('+');
    await expect.poll(() => articleFontSize(page)).toBe('22px');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('110%');
    await expect(focusInPanel(page)).resolves.toBe(false);
    await page.keyboard.press('s');
    await expect.poll(() => focusInPanel(page)).toBe(true);
    // In the panel its keys are its own: + is not a shortcut there.
    await slider.focus();
    await page.keyboard.press('+');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('110%');
  });

  test('closes with Escape, with focus back on its button and the article at full width again', async ({
    open,
  }) => {
    const { page, errors } = await open();
    const before = await articleRect(page);
    const button = page.getByRole('button', { name: 'Reading settings' });
    await button.focus();
    await page.keyboard.press('Enter');
    await panel(page).waitFor();
    await panel(page).getByRole('slider', { name: 'Line spacing' }).focus();
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(page.evaluate(() => document.documentElement.dataset['settingsPanel'])).resolves.toBe(
      undefined,
    );
    await expect(articleRect(page)).resolves.toMatchObject({ left: before.left, right: before.right });
    // Close does the same.
    await page.keyboard.press('Enter');
    await panel(page).getByRole('button', { name: 'Close' }).click();
    await panel(page).waitFor({ state: 'detached' });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('at 390×844, Reading settings is a sheet over the lower part of the screen', () => {
  test('covers at most 70 % of the height, scrolls inside, and the article shows above it', async ({
    open,
  }) => {
    const { page, errors } = await open({ context: { viewport: { width: 390, height: 844 } } });
    await openPanel(page);
    const box = await panelRect(page);
    // The page above the sheet still scrolls (the banner is above the title on a phone): to the title.
    await page.mouse.move(195, box.top / 2);
    const title = await page.locator('article h1').boundingBox();
    await page.mouse.wheel(0, (title?.y ?? 0) - 8);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(Math.round(box.bottom)).toBe(844);
    expect(Math.round(box.left)).toBe(0);
    expect(Math.round(box.right)).toBe(390);
    expect(box.bottom - box.top).toBeLessThanOrEqual(844 * 0.7);
    // What is just above the sheet is the article itself, neither covered nor dimmed by a scrim (the
    // banner's Menu, still open, may show its tools higher up).
    const above = await page.evaluate(
      (y) => document.elementFromPoint(195, y)?.closest('article') !== null,
      box.top - 24,
    );
    expect(above).toBe(true);
    await expect(page.locator('.dialog-overlay').count()).resolves.toBe(0);
    await expect(
      panel(page).evaluate((el) => ({
        scrolls: el.scrollHeight > el.clientHeight,
        overscroll: getComputedStyle(el).overscrollBehaviorY,
      })),
    ).resolves.toEqual({ scrolls: true, overscroll: 'contain' });
    await expect(axeViolations(page)).resolves.toEqual([]);
    // A change shows on the article above the sheet at once.
    await choose(page, 'Dark');
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
      .toBe('rgb(18, 20, 23)');
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  test('at 320 px with the largest text, the sheet fits the width and nothing scrolls sideways', async ({
    open,
  }) => {
    const { page } = await open({
      stored: { textSize: 300 },
      context: { viewport: { width: 320, height: 640 } },
    });
    await openPanel(page);
    const box = await panelRect(page);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    await expect(panel(page).evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
  });
});

describe('in the Arabic interface', () => {
  test('the panel is at the other side, the start of the line being on the right, and covers no paragraph', async ({
    open,
  }) => {
    const { page, errors } = await open({ stored: { language: 'ar' } });
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const before = await articleRect(page);
    await openPanel(page);
    await expect(panel(page).getAttribute('aria-labelledby')).resolves.toBeTruthy();
    const box = await panelRect(page);
    expect(Math.round(box.left)).toBe(0);
    const after = await articleRect(page);
    expect(after.left).toBeGreaterThanOrEqual(box.right);
    expect(after.left).toBeGreaterThan(before.left);
    await expect(coveredParagraphs(page)).resolves.toEqual([]);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});

describe('under forced colours', () => {
  test('the panel keeps a visible edge against the page', async ({ open }) => {
    const { page } = await open({ context: { forcedColors: 'active' } });
    await openPanel(page);
    const edge = await panel(page).evaluate((el) => {
      const style = getComputedStyle(el);
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const expected = getComputedStyle(probe).color;
      probe.remove();
      return {
        style: style.borderLeftStyle,
        width: parseFloat(style.borderLeftWidth),
        matches: style.borderLeftColor === expected,
      };
    });
    expect(edge).toEqual({ style: 'solid', width: 2, matches: true });
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});
