// Focus never hidden (WCAG 2.4.11, 2.4.7): after every kind of move the focused element is in the
// window, below the sticky banner, once the page has settled (half a second), and stays there; at 300 %
// text on a 320 px phone, with motion allowed and reduced, as on a large screen.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchForFile } from './browser';
import { openReader, type Reader } from './extremes';

const appUrl = inject('appUrl');
const browser = await launchForFile();

interface Seen {
  name: string;
  top: number;
  bottom: number;
  floor: number;
  ceiling: number;
}

/** Where the focused element is, against the room the banner leaves. */
function focused(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const box = element.getBoundingClientRect();
    const banner = document.querySelector('.site-header');
    const sticky = banner !== null && getComputedStyle(banner).position === 'sticky';
    return {
      name: `${element.tagName}#${element.id} ${(element.textContent ?? '').slice(0, 40)}`,
      top: box.top,
      bottom: box.bottom,
      floor: sticky && banner ? banner.getBoundingClientRect().bottom : 0,
      ceiling: window.innerHeight,
    };
  });
}

/** In view: all of it, or where it is taller than the room, its start just below the banner. */
function inView({ top, bottom, floor, ceiling }: Seen): boolean {
  const fits = bottom - top <= ceiling - floor;
  return top >= floor - 1 && (fits ? bottom <= ceiling + 1 : top < ceiling);
}

/** A move, then the place focus has settled at half a second later. */
async function afterMove(page: Page, move: () => Promise<void>): Promise<Seen[]> {
  await move();
  await page.waitForTimeout(500);
  return [await focused(page)];
}

/** …and it stays there once everything around has been laid out. */
async function later(page: Page): Promise<Seen> {
  await page.waitForTimeout(1000);
  return focused(page);
}

const readers: [string, Reader][] = [
  ['320 px at 300 %, motion allowed', { viewport: { width: 320, height: 640 }, textSize: 300 }],
  [
    '320 px at 300 %, reduced motion',
    { viewport: { width: 320, height: 640 }, textSize: 300, motion: 'reduce' },
  ],
  ['390 px at 200 %, motion allowed', { viewport: { width: 390, height: 844 }, textSize: 200 }],
  ['1280 px at 300 %, motion allowed', { viewport: { width: 1280, height: 900 }, textSize: 300 }],
  [
    '320 px at 300 %, Arabic interface',
    { viewport: { width: 320, height: 640 }, textSize: 300, language: 'ar' },
  ],
];

describe.each(readers)('focus stays in view: %s', (_name, reader) => {
  it('Tab and Shift+Tab from term to term across answers', async () => {
    // A deep link puts focus on the question (headings are focusable only by script).
    const page = await openReader(browser, `${appUrl}#q-covid-isolation`, reader);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-covid-isolation');
    const seen: Seen[] = [];
    for (let step = 0; step < 8; step++)
      seen.push(...(await afterMove(page, () => page.keyboard.press('Tab'))));
    for (let step = 0; step < 4; step++)
      seen.push(...(await afterMove(page, () => page.keyboard.press('Shift+Tab'))));
    seen.push(await later(page));
    for (const place of seen) expect(inView(place), JSON.stringify(place)).toBe(true);
    // The walk went somewhere: past the first answer.
    expect(new Set(seen.map((place) => place.name)).size).toBeGreaterThan(4);
    await page.context().close();
  });

  it('j and k, a contents link and a deep link', async () => {
    const page = await openReader(browser, appUrl, reader);
    const seen: Seen[] = [];
    for (const key of ['j', 'j', 'j', 'j', 'j', 'k', 'k'])
      seen.push(...(await afterMove(page, () => page.keyboard.press(key))));
    const link = page.locator('nav.contents').getByRole('link', {
      name: /The film has hard-captioned/,
    });
    seen.push(...(await afterMove(page, () => link.click())));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-captions-and-sound');
    await page.goto(`${appUrl}#q-learning-asl`);
    seen.push(...(await afterMove(page, async () => {})), await later(page));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-learning-asl');
    for (const place of seen) expect(inView(place), JSON.stringify(place)).toBe(true);
    await page.context().close();
  });
});

describe('focus moving into the sticky banner', () => {
  it('leaves the page where it was: the banner is always in view', async () => {
    const page = await openReader(browser, `${appUrl}#q-sign-language-acting`, { motion: 'reduce' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-sign-language-acting');
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await page.getByRole('radio', { name: 'Original' }).focus();
    // Tab, not an arrow: an arrow key on a radio chooses (another mode is another layout).
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Reading settings' }).focus();
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(before);
    await page.context().close();
  });
});
