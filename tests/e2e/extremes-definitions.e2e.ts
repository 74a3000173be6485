// Glossary definitions at the extremes: native popovers that open without script, stay non-modal,
// close with Escape and return focus; at any size from 320×640 to 1920×1080 and any text size they lie
// inside the window, never over their term's line, scroll inside themselves when they must, keep the
// Close button in view, and never make the page scroll sideways.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, launchForFile } from './browser';
import { frames, openReader } from './extremes';

const appUrl = inject('appUrl');
const browser = await launchForFile();

interface Geometry {
  open: boolean;
  viewport: { width: number; height: number };
  box: { left: number; top: number; right: number; bottom: number };
  close: { left: number; top: number; right: number; bottom: number } | null;
  /** The term's lines, each as tall as its line box. */
  lines: { left: number; top: number; right: number; bottom: number }[];
  fits: boolean;
  scrollable: boolean;
  sideways: number;
  focusInside: boolean;
}

function geometry(page: Page, termId: string): Promise<Geometry> {
  return page.evaluate((id) => {
    const term = document.getElementById(id);
    const popover = document.querySelector<HTMLElement>('.definition:popover-open');
    const rect = (element: Element | null | undefined) => {
      if (!element) return null;
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const lineHeight = term ? Number.parseFloat(getComputedStyle(term).lineHeight) : 0;
    const lines = term
      ? [...term.getClientRects()].map(({ left, right, top, bottom }) => {
          const middle = (top + bottom) / 2;
          return { left, right, top: middle - lineHeight / 2, bottom: middle + lineHeight / 2 };
        })
      : [];
    return {
      open: popover !== null,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      box: rect(popover) ?? { left: 0, top: 0, right: 0, bottom: 0 },
      close: rect(popover?.querySelector('.definition-actions button')),
      lines,
      fits: popover !== null && popover.scrollHeight <= popover.clientHeight + 1,
      scrollable: popover !== null && getComputedStyle(popover).overflowY === 'auto',
      sideways: (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth,
      focusInside: popover?.contains(document.activeElement) ?? false,
    };
  }, termId);
}

function expectWellPlaced(g: Geometry) {
  const at = JSON.stringify(g);
  expect(g.open, at).toBe(true);
  // Inside the window.
  expect(g.box.left, at).toBeGreaterThanOrEqual(0);
  expect(g.box.top, at).toBeGreaterThanOrEqual(0);
  expect(g.box.right, at).toBeLessThanOrEqual(g.viewport.width);
  expect(g.box.bottom, at).toBeLessThanOrEqual(g.viewport.height);
  // Never over its term's line.
  for (const line of g.lines) {
    const across = g.box.left < line.right && g.box.right > line.left;
    const over = g.box.top < line.bottom && g.box.bottom > line.top;
    expect(across && over, at).toBe(false);
  }
  // The way out in view, inside the box, without scrolling it.
  expect(g.close, at).not.toBeNull();
  if (g.close) {
    expect(g.close.top, at).toBeGreaterThanOrEqual(g.box.top);
    expect(g.close.bottom, at).toBeLessThanOrEqual(g.box.bottom);
    expect(g.close.right, at).toBeLessThanOrEqual(g.box.right);
  }
  // All of it in the box, or the definition scrolls inside it.
  expect(g.fits || g.scrollable, at).toBe(true);
  expect(g.sideways, at).toBeLessThanOrEqual(0);
}

const terms = [
  { name: 'the built-in interview, “sober house”', query: '', term: 'sober house' },
  {
    name: 'a definition longer than any window',
    query: '?src=fixtures/extremes.json',
    term: 'lexicographical',
  },
] as const;
const windows = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
  { width: 1920, height: 1080 },
] as const;

describe.each(terms)('a definition on $name', ({ query, term }) => {
  for (const viewport of windows) {
    for (const textSize of [100, 200, 300]) {
      it(`fits ${viewport.width}×${viewport.height} at ${textSize} per cent, pressed and by keyboard`, async () => {
        const page = await openReader(browser, appUrl + query, { viewport, textSize });
        const button = page.locator('main .glossary-term', { hasText: term }).first();
        const id = (await button.getAttribute('id')) ?? '';
        await button.focus();
        await page.keyboard.press('Enter');
        await page.locator('.definition:popover-open').waitFor();
        await frames(page);
        const opened = await geometry(page, id);
        expectWellPlaced(opened);
        expect(opened.focusInside).toBe(true);
        if (term === 'lexicographical' && textSize === 300) expect(opened.fits).toBe(false);
        await page.keyboard.press('Escape');
        await expect(page.locator('.definition:popover-open').count()).resolves.toBe(0);
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
        // By pointer, from where the reader left the page (no scrolling first).
        await button.click();
        await page.locator('.definition:popover-open').waitFor();
        await frames(page);
        expectWellPlaced(await geometry(page, id));
        await page.context().close();
      });
    }
  }
});

describe('a definition', () => {
  it('is non-modal: the page stays in the accessibility tree and usable; axe passes open', async () => {
    const page = await openReader(browser, appUrl, { viewport: { width: 390, height: 844 }, textSize: 300 });
    await page.getByRole('button', { name: 'sober house', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'sober house' });
    await dialog.waitFor();
    await expect(dialog.getByRole('heading', { name: 'sober house' }).count()).resolves.toBe(1);
    await expect(dialog.getByRole('button', { name: 'Close' }).count()).resolves.toBe(1);
    const modal = await page.evaluate(() => ({
      inert: [...document.querySelectorAll('main, header, footer')].some(
        (element) => (element as HTMLElement).inert || element.closest('[aria-hidden="true"]') !== null,
      ),
      ariaModal: document.querySelector('.definition:popover-open')?.getAttribute('aria-modal'),
    }));
    expect(modal).toEqual({ inert: false, ariaModal: null });
    await expect(page.getByRole('navigation').count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog.count()).resolves.toBe(0);
    // Close gives focus back to the term, as Escape does.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('sober house');
    await page.context().close();
  });

  it('opens, takes focus and closes with script off (a prerendered page)', async () => {
    const live = await openReader(browser, appUrl);
    const html = await live.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`);
    await live.context().close();
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.route('**/reader/static.html', (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    await page.goto(`${appUrl}static.html`);
    const term = page.getByRole('button', { name: 'prescient', exact: true }).first();
    await term.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'prescient' });
    await dialog.waitFor();
    await expect(page.evaluate(() => document.activeElement?.closest('[popover]') !== null)).resolves.toBe(
      true,
    );
    expectWellPlaced(await geometry(page, (await term.getAttribute('id')) ?? ''));
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('prescient');
    // Pressing elsewhere closes it too (light dismiss).
    await term.click();
    await dialog.waitFor();
    await page.mouse.click(5, 5);
    await expect(dialog.count()).resolves.toBe(0);
    await context.close();
  });

  it('fits in the Arabic interface too, its way out named in Arabic', async () => {
    const page = await openReader(browser, appUrl, {
      viewport: { width: 320, height: 640 },
      textSize: 300,
      language: 'ar',
    });
    const button = page.locator('main .glossary-term', { hasText: 'sober house' }).first();
    const id = (await button.getAttribute('id')) ?? '';
    await button.click();
    await page.locator('.definition:popover-open').waitFor();
    expectWellPlaced(await geometry(page, id));
    await expect(page.locator('.definition:popover-open').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.getByRole('button', { name: 'إغلاق' }).count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });
});
