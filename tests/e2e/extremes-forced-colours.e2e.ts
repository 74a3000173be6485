// Forced colours (Windows High Contrast and the like), in both schemes, judged by pixels as a reader
// sees them: inside each control's label there is a second colour at least 3:1 to the first (the
// label is drawn, not lost in its backplate), and each boxed control's edge stands out 3:1 from what
// is around it. Axe cannot see either.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchForFile } from './browser';
import { bestContrastIn, coloursIn, contrast, frames, openReader, type Box } from './extremes';

const appUrl = inject('appUrl');
const browser = await launchForFile();

/** The box of a control's visible label text, in whole pixels, or null when it has none in view. */
async function labelBox(control: Locator): Promise<Box | null> {
  return control.evaluate((element) => {
    const range = document.createRange();
    const texts: DOMRect[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.parentElement?.closest('.visually-hidden') || (node.textContent ?? '').trim() === '') continue;
      range.selectNodeContents(node);
      texts.push(...range.getClientRects());
    }
    const first = texts[0];
    if (first === undefined) return null;
    // A pixel inside the text's box all round: what is around the label (a border, a fill) is not it.
    const left = Math.ceil(Math.max(0, Math.min(...texts.map((r) => r.left)))) + 1;
    const top = Math.ceil(Math.max(0, Math.min(...texts.map((r) => r.top)))) + 1;
    const right = Math.floor(Math.min(window.innerWidth, Math.max(...texts.map((r) => r.right)))) - 1;
    const bottom = Math.floor(Math.min(window.innerHeight, Math.max(...texts.map((r) => r.bottom)))) - 1;
    return right - left < 2 || bottom - top < 2
      ? null
      : { x: left, y: top, width: right - left, height: bottom - top };
  });
}

/**
 * How well a control's edge stands out: its top and its start edge against the pixels just beyond them
 * (2 px out, inside the smallest gap between two controls), the better of the two.
 */
async function edgeContrast(page: Page, control: Locator): Promise<number> {
  // Measured where it is now: a dialog can grow as it fills in (the voice list arrives late).
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (box === null) return 0;
  const [x, y] = [Math.round(box.x), Math.round(box.y)];
  const across = { x: Math.round(box.x + box.width / 4), width: Math.max(2, Math.round(box.width / 2)) };
  const down = { y: Math.round(box.y + box.height / 4), height: Math.max(2, Math.round(box.height / 2)) };
  const pairs: [Box, Box][] = [];
  if (y >= 3)
    pairs.push([
      { ...across, y, height: 1 },
      { ...across, y: y - 2, height: 1 },
    ]);
  if (x >= 3)
    pairs.push([
      { ...down, x, width: 1 },
      { ...down, x: x - 2, width: 1 },
    ]);
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const inside = (b: Box) => b.y + b.height <= viewport.height && b.x + b.width <= viewport.width;
  let best = 0;
  for (const [edge, beyond] of pairs) {
    if (!inside(edge) || !inside(beyond)) continue;
    const [a] = await coloursIn(page, edge);
    const [b] = await coloursIn(page, beyond);
    if (a && b) best = Math.max(best, contrast(a.rgb, b.rgb));
  }
  return best;
}

interface Measured {
  name: string;
  label: number;
  edge: number | null;
}

async function measure(page: Page, controls: Locator, boxed: boolean): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    await control.scrollIntoViewIfNeeded();
    await frames(page);
    const box = await labelBox(control);
    if (box === null) continue;
    measured.push({
      name: ((await control.textContent()) ?? '').trim().slice(0, 40),
      label: Math.round((await bestContrastIn(page, box)) * 100) / 100,
      edge: boxed ? Math.round((await edgeContrast(page, control)) * 100) / 100 : null,
    });
  }
  return measured;
}

function expectVisible(measured: Measured[], atLeast: number) {
  expect(measured.length).toBeGreaterThanOrEqual(atLeast);
  for (const control of measured) {
    expect(control.label, JSON.stringify(control)).toBeGreaterThanOrEqual(3);
    if (control.edge !== null) expect(control.edge, JSON.stringify(control)).toBeGreaterThanOrEqual(3);
  }
}

describe.each(['light', 'dark'] as const)('forced colours, %s scheme', (colorScheme) => {
  const reader = { forcedColors: 'active', colorScheme, motion: 'reduce' } as const;

  it('every banner button, glossary term and definition control has a label and an edge', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 320, height: 640 },
    ]) {
      const page = await openReader(browser, appUrl, { ...reader, viewport });
      const banner = page.locator('.site-header');
      // On a phone the tools are behind Menu (issue 14): open it, so every banner button is measured.
      const menu = banner.getByRole('button', { name: 'Menu', exact: true });
      if (await menu.isVisible()) await menu.click();
      expectVisible(await measure(page, banner.getByRole('button'), true), 2);
      // The mode radios' labels: what is seen (the inputs themselves are visually hidden).
      expectVisible(await measure(page, banner.locator('.toggle-button'), true), 3);
      expectVisible(await measure(page, page.locator('main .glossary-term').first(), false), 1);
      await page.locator('main .glossary-term').first().click();
      const definition = page.locator('.definition:popover-open');
      await definition.waitFor();
      expectVisible(await measure(page, definition.getByRole('button'), true), 1);
      expectVisible(await measure(page, definition.getByRole('link'), false), 1);
      await page.context().close();
    }
  });

  it('the settings and shortcuts dialogs keep labels and edges', async () => {
    const page = await openReader(browser, appUrl, reader);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reading settings' });
    await dialog.waitFor();
    // A panel beside the page, without a scrim: its own edge is what sets it apart from the article.
    expect(await edgeContrast(page, dialog)).toBeGreaterThanOrEqual(3);
    expectVisible(await measure(page, dialog.getByRole('button'), true), 3);
    expectVisible(await measure(page, dialog.locator('.radio'), false), 6);
    expectVisible(await measure(page, dialog.locator('.switch'), false), 1);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor();
    expectVisible(await measure(page, shortcuts.getByRole('button'), true), 1);
    await page.context().close();
  });

  it('keeps labels and edges in the Arabic interface', async () => {
    const page = await openReader(browser, appUrl, { ...reader, language: 'ar' });
    expectVisible(await measure(page, page.locator('.site-header').getByRole('button'), true), 2);
    expectVisible(await measure(page, page.locator('.site-header .toggle-button'), true), 3);
    await page.goto(`${appUrl}?src=fixtures/no-such-interview.json`);
    await page.getByRole('alert').waitFor();
    expectVisible(await measure(page, page.locator('.error-actions').locator('button, a'), true), 2);
    await page.context().close();
  });

  it('the error page’s Try again and built-in interview buttons keep labels and edges', async () => {
    const page = await openReader(browser, `${appUrl}?src=fixtures/no-such-interview.json`, reader);
    const actions = page.locator('.error-actions').locator('button, a');
    const measured = await measure(page, actions, true);
    expect(measured.map((control) => control.name)).toEqual(['Try again', 'Open the built-in interview']);
    expectVisible(measured, 2);
    await page.context().close();
  });
});
