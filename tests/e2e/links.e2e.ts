// Links to questions, fragments and the contents, in Chromium as a reader uses them: "Copy link" with
// the clipboard granted and refused, both fragment forms opening their question (on load and when the
// address changes, on a wide window and a phone), the "on this page" guide beside the article with the
// current place marked, "Back to top" on a phone, and wrapped contents entries numbered on their first
// line, judged by pixels.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from './browser';
import { test, type OpenOptions } from './fixtures';
import { section } from './locate';

const WIDE = { width: 1280, height: 900 };
const GUIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

type Viewport = typeof WIDE;

/** The reader at a size, without motion, so that jumps land at once. */
const at = (viewport: Viewport, options: OpenOptions = {}): OpenOptions => ({
  ...options,
  context: { viewport, reducedMotion: 'reduce', ...options.context },
});

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const announced = (page: Page) => page.getByTestId('announcer').textContent();
const guide = (page: Page) => page.getByRole('navigation');
const currentEntry = (page: Page) => guide(page).locator('a[aria-current="location"]').getAttribute('href');

/**
 * Where an element is: in the window's top half, below whatever part of the banner is on screen,
 * and not covered there (what is drawn at its top-start corner is the element itself).
 */
function placeOf(page: Page, id: string) {
  return page.evaluate((target) => {
    const element = document.getElementById(target);
    if (element === null) return null;
    const box = element.getBoundingClientRect();
    const banner = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    const start = document.documentElement.dir === 'rtl' ? box.right - 4 : box.left + 4;
    const drawn = document.elementFromPoint(start, box.top + 4);
    return {
      belowBanner: box.top >= Math.max(0, banner) - 1,
      inTopHalf: box.top >= 0 && box.top < window.innerHeight / 2,
      uncovered: drawn !== null && element.contains(drawn),
    };
  }, id);
}
const IN_VIEW = { belowBanner: true, inTopHalf: true, uncovered: true };

describe('Copy link', () => {
  test('copies the address with the question’s fragment and says "Link copied" politely', async ({
    open,
  }) => {
    const { page, errors } = await open(
      at(WIDE, { context: { permissions: ['clipboard-read', 'clipboard-write'] } }),
    );
    // One per question, each named for its question.
    const names = await page
      .getByRole('button', { name: /^Copy link to question/ })
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
    expect(names).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Copy link to question ${n}`));

    const button = page.getByRole('button', { name: 'Copy link to question 3' });
    await expect(button.textContent()).resolves.toBe('Copy link');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page)).toBe('Link copied');
    const address = new URL(page.url());
    address.hash = 'q-filming';
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(address.href);
    // Copying moves nothing: focus stays on the button, the address bar keeps its address.
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    expect(page.url()).not.toContain('#');

    await page.getByRole('button', { name: 'Copy link to question 6' }).click();
    address.hash = 'q-captions-and-sound';
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(address.href);
    expect(errors).toEqual([]);
  });

  test('shows the address, selected, to copy by hand where the clipboard is refused', async ({ open }) => {
    const { page } = await open(at(WIDE, { at: '?mode=both', context: { permissions: ['clipboard-read'] } }));
    // A refusal as the browser reports one to the page.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    const button = page.getByRole('button', { name: 'Copy link to question 2' });
    await button.click();
    const field = page.getByRole('textbox', { name: 'Link to question 2' });
    await field.waitFor();
    const address = new URL(page.url());
    address.hash = 'q-long-delays';
    await expect(field.inputValue()).resolves.toBe(address.href);
    await expect(field.getAttribute('readonly')).resolves.not.toBeNull();
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // Selected whole, so that Ctrl+C (or the menu's Copy) takes it at once.
    await expect(
      field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
    ).resolves.toEqual([0, address.href.length]);
    await expect(field.evaluate((input) => input.getAttribute('aria-describedby'))).resolves.toBeTruthy();
    await expect(announced(page)).resolves.not.toBe('Link copied');
    await expect(axeViolations(page)).resolves.toEqual([]);

    // Escape puts it away and focus back on the button.
    await page.keyboard.press('Escape');
    await expect(field.count()).resolves.toBe(0);
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  test('without script is a plain link to the question, named for it', async ({ open }) => {
    const { page } = await open(at(WIDE, { context: { javaScriptEnabled: false }, settle: false }));
    await expect(page.getByRole('button', { name: /^Copy link/ }).count()).resolves.toBe(0);
    const link = page.getByRole('link', { name: 'Link to question 4' });
    await expect(link.getAttribute('href')).resolves.toBe('#q-sign-language-acting');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#q-sign-language-acting');
    // (Without script nothing measures the sticky banner, so only the window's top is known.)
    await expect.poll(() => placeOf(page, 'q-sign-language-acting')).toMatchObject({ inTopHalf: true });
  });
});

describe.each([
  ['1280×900', WIDE],
  ['390×844', PHONE],
])('fragments at %s', (_, viewport) => {
  test.for([
    ['the exchange’s id', 'captions-and-sound', 'q-captions-and-sound'],
    ['the question’s own id', 'q-learning-asl', 'q-learning-asl'],
  ] as const)(
    '#<%s> opened fresh goes to its question, focused, below the banner',
    async ([, hash, id], { open }) => {
      const { page } = await open(at(viewport, { at: `#${hash}` }));
      await expect.poll(() => activeId(page)).toBe(id);
      await expect.poll(() => placeOf(page, id)).toEqual(IN_VIEW);
    },
  );

  test('a changed address goes to its question, in either form', async ({ open }) => {
    const { page } = await open(at(viewport));
    for (const [hash, id] of [
      ['filming', 'q-filming'],
      ['q-covid-isolation', 'q-covid-isolation'],
      ['learning-asl', 'q-learning-asl'],
    ] as const) {
      await page.evaluate((fragment) => (window.location.hash = fragment), hash);
      await expect.poll(() => activeId(page)).toBe(id);
      await expect.poll(() => placeOf(page, id)).toEqual(IN_VIEW);
    }
    // The page's own ids still come first: #glossary is the glossary, not an exchange called so.
    await page.evaluate(() => (window.location.hash = 'glossary'));
    await expect.poll(() => activeId(page)).toBe('glossary');
  });
});

describe('the contents beside the article at 1440×900', () => {
  /** The guide's box and the boxes of the article's text, in whole pixels. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      const box = (element: Element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom };
      };
      const nav = document.querySelector('nav') ?? document.body;
      const text = [...document.querySelectorAll('main article :is(h1, h2, h3, p, li, dt, dd)')]
        .filter((element) => element.closest('nav') === null && element.checkVisibility())
        .map(box);
      const banner = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
      return { nav: box(nav), text, banner, height: window.innerHeight };
    });
  const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) =>
    a.left < b.right && b.left < a.right;

  test('stays beside the text, clear of it and in view, with the current place marked as j and k move', async ({
    open,
  }) => {
    const { page } = await open(at(GUIDE));
    await expect(guide(page).count()).resolves.toBe(1);
    const first = await layout(page);
    expect(first.text.length).toBeGreaterThan(20);
    // Beside, not above: it shares rows with the text, and no text is under it.
    for (const text of first.text) expect(overlaps(text, first.nav), JSON.stringify(text)).toBe(false);
    expect(first.nav.left).toBeGreaterThan(Math.max(...first.text.map((text) => text.right)));

    for (const [key, href] of [
      ['j', '#q-covid-isolation'],
      ['j', '#q-long-delays'],
      ['j', '#q-filming'],
      ['k', '#q-long-delays'],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => currentEntry(page)).toBe(href);
    }
    await expect(guide(page).locator('[aria-current]').count()).resolves.toBe(1);
    // Far down the page the guide is still there, below the banner, and the text still clear of it.
    const later = await layout(page);
    expect(later.nav.top).toBeGreaterThanOrEqual(later.banner);
    expect(later.nav.bottom).toBeLessThanOrEqual(later.height);
    for (const text of later.text) expect(overlaps(text, later.nav)).toBe(false);
    // "Back to top" is for when the contents are at the top.
    await expect(
      page.getByRole('link', { name: 'Back to top' }).filter({ visible: true }).count(),
    ).resolves.toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  test('marks the current place as the reader scrolls, the entry kept in the guide’s view', async ({
    open,
  }) => {
    const { page } = await open(at(GUIDE));
    for (const id of ['q-learning-asl', 'glossary', 'q-sign-language-acting']) {
      await page.evaluate(
        (target) => document.getElementById(target)?.scrollIntoView({ block: 'start' }),
        id,
      );
      await expect.poll(() => currentEntry(page)).toBe(`#${id}`);
      const entry = guide(page).locator('a[aria-current]');
      await expect
        .poll(() =>
          entry.evaluate((link) => {
            const nav = (link.closest('nav') ?? document.body).getBoundingClientRect();
            const box = link.getBoundingClientRect();
            return box.top >= nav.top && box.bottom <= nav.bottom;
          }),
        )
        .toBe(true);
    }
  });
});

describe('the contents on a 390×844 phone', () => {
  test('stay at the top; each long part ends with "Back to top", which goes back to them', async ({
    open,
  }) => {
    const { page } = await open(at(PHONE));
    const heading = page.getByRole('heading', { level: 2, name: 'Contents' });
    const navBottom = await guide(page).evaluate((nav) => nav.getBoundingClientRect().bottom);
    const introTop = await page
      .getByRole('heading', { level: 2, name: 'Introduction' })
      .evaluate((h2) => h2.getBoundingClientRect().top);
    expect(navBottom).toBeLessThan(introTop);

    const interview = section(page, /^The interview$/);
    const backToTop = interview.getByRole('link', { name: 'Back to top' });
    await expect(backToTop.count()).resolves.toBe(1);
    // It ends the part, after the last answer, not each question.
    await expect(
      interview.evaluate((part) => part.lastElementChild?.matches('.back-to-top') ?? false),
    ).resolves.toBe(true);
    await expect(page.locator('section.exchange .back-to-top').count()).resolves.toBe(0);
    // A short part has none.
    await expect(
      section(page, /^After the interview$/)
        .getByRole('link', { name: 'Back to top' })
        .count(),
    ).resolves.toBe(0);
    const all = page.getByRole('link', { name: 'Back to top' });
    expect(await all.count()).toBeLessThan(
      await page.locator('main article .article-body > section').count(),
    );

    await backToTop.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('contents-heading');
    await expect.poll(() => placeOf(page, 'contents-heading')).toEqual(IN_VIEW);
    await expect(heading.count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});

describe('contents entries at 320 px', () => {
  test('keep their number on the first line of an entry that wraps', async ({ open }) => {
    const { page } = await open(at({ width: 320, height: 800 }));
    const entries = guide(page).locator('li:has(> a:not([aria-current]))');
    let wrapped = 0;
    for (let index = 0; index < (await entries.count()); index++) {
      const entry = entries.nth(index);
      await entry.evaluate((item) => item.scrollIntoView({ block: 'center' }));
      // Where the entry's text is: its first line, and how many lines it has.
      const text = await entry.evaluate((item) => {
        const link = item.querySelector(':scope > a') ?? item;
        const range = document.createRange();
        range.selectNodeContents(link);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const top = Math.min(...rects.map((rect) => rect.top));
        const firstLine = rects.filter((rect) => rect.top < top + 2);
        const box = link.getBoundingClientRect();
        return {
          lines: new Set(rects.map((rect) => Math.round(rect.top))).size,
          start: box.left,
          top: box.top,
          height: box.height,
          firstLineBottom: Math.max(...firstLine.map((rect) => rect.bottom)),
        };
      });
      if (text.lines < 2) continue;
      wrapped += 1;
      // The number is drawn just before the entry: find its ink, row by row.
      const clip = { x: Math.max(0, text.start - 28), y: text.top, width: 26, height: text.height };
      const rows = await inkRowsIn(page, clip);
      expect(rows.length, JSON.stringify(text)).toBeGreaterThan(3);
      expect(Math.max(...rows) + clip.y, JSON.stringify({ text, rows })).toBeLessThanOrEqual(
        text.firstLineBottom,
      );
    }
    expect(wrapped).toBeGreaterThanOrEqual(3);
  });
});

/** The rows of a box of the screen (0 at its top) that hold any pixel unlike its commonest colour. */
async function inkRowsIn(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<number[]> {
  const png = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    const ground = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
    const rows: number[] = [];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4;
        const distance = [0, 1, 2].reduce(
          (sum, c) => sum + Math.abs((data[at + c] ?? 0) - (ground[c] ?? 0)),
          0,
        );
        if (distance > 120) {
          rows.push(y);
          break;
        }
      }
    }
    return rows;
  }, png.toString('base64'));
}
