// Shared by the extremes-*.e2e.ts tests: a reader opened at a size, text size, colour scheme and motion
// preference, and what its pixels and geometry show.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/preferences/storage';
import { settled } from './browser';

export const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

export interface Reader {
  viewport?: { width: number; height: number };
  textSize?: number;
  motion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  colorScheme?: 'light' | 'dark';
  language?: 'en' | 'es' | 'ar';
  preferences?: Record<string, unknown>;
  options?: BrowserContextOptions;
}

/** Opens the reader as one reader would have set it up; the page has settled (loaded or failed). */
export async function openReader(browser: Browser, url: string, reader: Reader = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: reader.viewport ?? { width: 1280, height: 900 },
    reducedMotion: reader.motion ?? 'no-preference',
    forcedColors: reader.forcedColors ?? 'none',
    colorScheme: reader.colorScheme ?? 'light',
    ...reader.options,
  });
  const preferences = {
    textSize: reader.textSize ?? 100,
    ...(reader.language ? { language: reader.language } : {}),
    ...reader.preferences,
  };
  await context.addInitScript(
    ([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value),
    [STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, preferences })] as const,
  );
  const page = await context.newPage();
  await page.goto(url);
  await settled(page);
  // The interface speaks the reader's language before they start: nothing moves under them after.
  if (reader.language !== undefined)
    await page.waitForFunction((language) => document.documentElement.lang === language, reader.language);
  return page;
}

/** Lets the page lay out and paint what just changed. */
export function frames(page: Page, count = 2): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    count,
  );
}

type Rgb = readonly [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The colours in a box of the screen, most frequent first, with how many pixels have each. */
export async function coloursIn(page: Page, box: Box): Promise<{ rgb: Rgb; count: number }[]> {
  const png = await page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' });
  // Decoded by a blank page of the same browser: no image library needed, no CSP in the way.
  const scratch = await scratchPage(page);
  return scratch.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (context === null) return [];
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([key, count]) => ({
        rgb: [(key >> 16) & 255, (key >> 8) & 255, key & 255] as [number, number, number],
        count,
      }));
  }, png.toString('base64'));
}

const scratchPages = new WeakMap<Page, Promise<Page>>();

/** One blank page per page measured, opened on first use, closed with its context. */
function scratchPage(page: Page): Promise<Page> {
  let scratch = scratchPages.get(page);
  if (scratch === undefined) {
    scratch = page.context().newPage();
    scratchPages.set(page, scratch);
  }
  return scratch;
}

/**
 * How well a box's content stands out: the contrast between its most common colour and the strongest
 * other colour that covers a real share of it (2 %: a glyph's ink, not a few antialiased pixels).
 */
export async function bestContrastIn(page: Page, box: Box): Promise<number> {
  const colours = await coloursIn(page, box);
  const total = colours.reduce((sum, colour) => sum + colour.count, 0);
  const [ground] = colours;
  if (ground === undefined) return 1;
  const enough = Math.max(4, total * 0.02);
  return Math.max(1, ...colours.filter((c) => c.count >= enough).map((c) => contrast(ground.rgb, c.rgb)));
}
