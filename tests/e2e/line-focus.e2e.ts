// Line focus in Chromium, by pixels: with it on, text outside the band fades while the band, the
// banner and the focused element stay exactly as they were; the band follows the arrow keys, j and k,
// the pointer and read aloud; in every theme and under forced colours.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/preferences/preferences';
import { axeViolations, launchForFile } from './browser';
import { highlighted, openReader } from './read-aloud-support';
import { installSpeechStandIn, lastSpoken } from './speech-standin';

const browser = await launchForFile();

interface Extent {
  top: number;
  bottom: number;
}

/** The dimmed stretches, in window coordinates, top first. */
const stretches = (page: Page): Promise<Extent[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.line-focus-dim:not([hidden])')]
      .map((element) => element.getBoundingClientRect())
      .map(({ top, bottom }) => ({ top, bottom }))
      .sort((a, b) => a.top - b.top),
  );

/** The undimmed band below the banner (with nothing focused: focus makes a band of its own). */
const band = async (page: Page): Promise<Extent> => {
  const dim = await stretches(page);
  const banner = await page
    .locator('.site-header')
    .evaluate((header) => header.getBoundingClientRect().bottom);
  const first = dim[0];
  if (first === undefined) return { top: banner, bottom: 900 };
  if (first.top > banner + 1) return { top: banner, bottom: first.top };
  return { top: first.bottom, bottom: dim[1]?.top ?? 900 };
};

/** Contrast between the darkest and lightest pixel of each row, for a screenshot of the article. */
async function rowContrast(page: Page): Promise<number[]> {
  const box = await page.locator('article').evaluate((article) => {
    const rect = article.getBoundingClientRect();
    return { x: rect.x, width: rect.width };
  });
  const png = await page.screenshot({ clip: { x: box.x, y: 0, width: box.width, height: 900 } });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    const linear = (value: number) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    };
    const rows: number[] = [];
    for (let y = 0; y < height; y++) {
      let low = 1;
      let high = 0;
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4;
        const l =
          0.2126 * linear(data[at] ?? 0) +
          0.7152 * linear(data[at + 1] ?? 0) +
          0.0722 * linear(data[at + 2] ?? 0);
        low = Math.min(low, l);
        high = Math.max(high, l);
      }
      rows.push((high + 0.05) / (low + 0.05));
    }
    return rows;
  }, png.toString('base64'));
}

/** Row contrast with the overlay shown and hidden: [on, off]. */
async function withAndWithout(page: Page): Promise<[number[], number[]]> {
  const on = await rowContrast(page);
  await page.evaluate(() =>
    document.querySelector<HTMLElement>('.line-focus')?.style.setProperty('display', 'none'),
  );
  const off = await rowContrast(page);
  await page.evaluate(() =>
    document.querySelector<HTMLElement>('.line-focus')?.style.removeProperty('display'),
  );
  return [on, off];
}

/** Reduced motion: jumps (j, k) land at once, so what is measured is where they land. */
async function openWithLineFocus(preferences = {}, options = {}) {
  const opened = await openReader(
    browser,
    '',
    { lineFocus: 3, ...preferences },
    { reducedMotion: 'reduce', ...options },
  );
  await opened.page.locator('.line-focus-dim:not([hidden])').first().waitFor();
  return opened;
}

/** A place across the text's column (on a wide screen the contents may stand beside it). */
const textX = (page: Page) =>
  page
    .locator('.answer p')
    .first()
    .evaluate((paragraph) => paragraph.getBoundingClientRect().left + 40);

/** Two frames: the overlay redraws on the frame after what moved it. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Checks, row by row, that text is dimmed in the stretches and untouched elsewhere (band, banner). */
async function expectDimmedOutside(page: Page, label: string) {
  await settle(page);
  const dim = await stretches(page);
  const [on, off] = await withAndWithout(page);
  let dimmedText = 0;
  let clear = 0;
  off.forEach((contrast, y) => {
    const inside = dim.some(({ top, bottom }) => y >= Math.ceil(top) && y < Math.floor(bottom));
    const edge = dim.some(({ top, bottom }) => Math.abs(y - top) < 2 || Math.abs(y - bottom) < 2);
    if (edge) return;
    if (!inside) {
      // The band, the focused element and the banner: exactly as without line focus.
      expect(on[y], `${label}: row ${y} outside the dimmed stretches`).toBeCloseTo(contrast, 1);
      if (contrast > 4) clear++;
    } else if (contrast > 4) {
      // A row of text (strong contrast without the overlay), dimmed: at most half as strong.
      expect(on[y] ?? 0, `${label}: row ${y} dimmed`).toBeLessThan(1 + (contrast - 1) / 2);
      dimmedText++;
    }
  });
  expect(dimmedText, `${label}: rows of text dimmed`).toBeGreaterThan(20);
  expect(clear, `${label}: rows of text clear`).toBeGreaterThan(20);
}

describe('line focus', () => {
  it.each(THEMES.filter((theme) => theme !== 'system'))(
    'dims the text outside a band of three lines in the %s theme, never the banner, with axe at zero',
    async (theme) => {
      const { page, errors } = await openWithLineFocus({ theme });
      await page.keyboard.press('j');
      await expectDimmedOutside(page, theme);
      await expect(axeViolations(page)).resolves.toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('dims under forced colours too', async () => {
    const { page, errors } = await openWithLineFocus({}, { forcedColors: 'active' });
    await page.keyboard.press('j');
    await expectDimmedOutside(page, 'forced colours');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('holds one, three or five lines', async () => {
    const heights: number[] = [];
    for (const lines of [1, 3, 5]) {
      const { page } = await openWithLineFocus({ lineFocus: lines });
      await page.mouse.move(await textX(page), 700);
      const { top, bottom } = await band(page);
      heights.push(bottom - top);
      await page.context().close();
    }
    const [one = 0, three = 0, five = 0] = heights;
    expect(three).toBeGreaterThan(one * 2.5);
    // Not a strict 5:3: a band that crosses into the next paragraph takes the gap between them too.
    expect(five).toBeGreaterThan(three * 1.25);
  });

  it('goes to the question j moves to, then a line at a time with the arrow keys, and follows the pointer', async () => {
    const { page, errors } = await openWithLineFocus({ lineFocus: 1 });
    await page.keyboard.press('j');
    await settle(page);
    const heading = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const top = focused.getBoundingClientRect().top;
      // Focus off the heading: the band alone stays, where j put it.
      focused.blur();
      return top;
    });
    await settle(page);
    const first = await band(page);
    expect(first.top).toBeGreaterThanOrEqual(heading - 1);
    expect(first.top).toBeLessThan(heading + 40);
    await page.keyboard.press('ArrowDown');
    // A line further down, and still a band in the window (not everything dimmed).
    await expect
      .poll(async () => {
        const { top, bottom } = await band(page);
        return top > first.top + 10 && bottom - top > 10 && top < 890;
      })
      .toBe(true);
    const second = await band(page);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await band(page)).top).toBeLessThan(second.top - 10);
    await page.mouse.move(await textX(page), 600);
    await expect
      .poll(async () => {
        const { top, bottom } = await band(page);
        return top <= 600 && bottom >= 600;
      })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('never dims the focused element, wherever the band is', async () => {
    const { page } = await openWithLineFocus({ lineFocus: 1 });
    await page.mouse.move(await textX(page), 300);
    for (let tab = 0; tab < 6; tab++) await page.keyboard.press('Tab');
    await settle(page);
    const covered = await page.evaluate(() => {
      const focus = document.activeElement?.getBoundingClientRect();
      if (!focus) return null;
      return [...document.querySelectorAll<HTMLElement>('.line-focus-dim:not([hidden])')].some((element) => {
        const stretch = element.getBoundingClientRect();
        return stretch.top < focus.bottom - 1 && stretch.bottom > focus.top + 1;
      });
    });
    expect(covered).toBe(false);
    await page.context().close();
  });

  it('follows read aloud', async () => {
    const { page } = await openWithLineFocus({ lineFocus: 1 }, { init: installSpeechStandIn });
    await page.getByRole('button', { name: 'Read answer aloud' }).first().click();
    await expect.poll(() => lastSpoken(page)).not.toBeNull();
    await expect.poll(() => highlighted(page)).not.toBeNull();
    await expect
      .poll(async () => {
        const sentence = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('read-aloud-sentence') ?? [])][0] as Range;
          return range.getClientRects()[0]?.top ?? -1;
        });
        const { top, bottom } = await band(page);
        return sentence >= top - 1 && sentence < bottom;
      })
      .toBe(true);
    await page.context().close();
  });

  it('has no transition when the reader prefers reduced motion', async () => {
    const { page } = await openWithLineFocus({}, { reducedMotion: 'reduce' });
    await expect(
      page
        .locator('.line-focus-dim')
        .first()
        .evaluate((element) => getComputedStyle(element).transitionDuration),
    ).resolves.toBe('0s');
    await page.context().close();
  });
});
