// Read aloud's exact behaviour, against a recording stand-in for speechSynthesis (speech-standin.ts):
// what is said, in which language and order, that the highlight is the sentence being spoken, the
// word highlight where a voice sends boundaries, reading modes, "Read this", following the sentence
// on screen, keyboard-only use, axe in every theme and the highlight's colours, forced colours too.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/preferences/preferences';
import { axeViolations, launchForFile, scrollSettled } from './browser';
import { announced, highlighted, mainButton, openReader } from './read-aloud-support';
import { finishUtterance, installSpeechStandIn, lastSpoken, reachWord, spoken } from './speech-standin';

const browser = await launchForFile();
const PARTIAL = '?src=fixtures/partial-plain.json';
const open = (src: string, preferences = {}, options = {}) =>
  openReader(browser, src, preferences, { init: installSpeechStandIn, ...options });

/** Waits until read aloud has handed its first utterance to the voice (it loads on first use). */
const started = (page: Awaited<ReturnType<typeof open>>['page']) =>
  expect.poll(() => lastSpoken(page)).not.toBeNull();

/** Lets the stand-in finish `count` utterances, checking each time that the highlight is what is said. */
async function listen(page: Awaited<ReturnType<typeof open>>['page'], count: number) {
  for (let step = 0; step < count; step++) {
    await expect.poll(() => highlighted(page)).toBe(await lastSpoken(page));
    await finishUtterance(page);
  }
}

describe('what read aloud says', () => {
  it('says what Original shows, sentence by sentence, in the interview language, highlighting each as it is said', async () => {
    const { page, errors } = await open(PARTIAL, { speechRate: 1.5 });
    await mainButton(page).click();
    await started(page);
    await listen(page, 14);
    await expect.poll(() => announced(page).textContent()).toBe('Finished reading aloud.');
    const all = await spoken(page);
    expect(all.map(({ text }) => text)).toEqual([
      'An interview with some plain versions',
      'Introduction',
      'An introduction with a plain version.',
      'The interview',
      'Host:',
      'What is the first question?',
      'Guest:',
      'The first answer, hard to follow.',
      'Host:',
      'Second question, without a plain version?',
      'Guest:',
      'The second answer has no plain version.',
      'After the interview',
      'The end.',
    ]);
    expect(new Set(all.map(({ lang, rate, voice }) => `${lang} ${rate} ${voice}`))).toEqual(
      new Set(['en 1.5 Stand-in English']),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('highlights the word the voice is at, inside the sentence highlight', async () => {
    const { page } = await open(PARTIAL);
    await page.getByRole('button', { name: 'Read question aloud' }).first().click();
    await started(page);
    await finishUtterance(page); // "Host:"
    await expect.poll(() => highlighted(page)).toBe('What is the first question?');
    await reachWord(page, 12);
    await expect.poll(() => highlighted(page, 'read-aloud-word')).toBe('first');
    await expect(highlighted(page)).resolves.toBe('What is the first question?');
    await page.context().close();
  });

  it('reads the plain words in Plain language and both in Both, going on in the same part when the mode changes', async () => {
    const { page, errors } = await open(PARTIAL);
    await page.getByRole('button', { name: 'Read answer aloud' }).first().click();
    await started(page);
    await finishUtterance(page); // "Guest:"
    await expect.poll(() => highlighted(page)).toBe('The first answer, hard to follow.');
    await page
      .locator('.toggle-button')
      .filter({ hasText: /^Plain language$/ })
      .click();
    await expect.poll(() => lastSpoken(page)).toBe('Guest:');
    await finishUtterance(page);
    await expect.poll(() => highlighted(page)).toBe('The first answer, in plain words.');
    await page
      .locator('.toggle-button')
      .filter({ hasText: /^Both$/ })
      .click();
    await listen(page, 4);
    const texts = (await spoken(page)).map(({ text }) => text).slice(-4);
    expect(texts).toEqual([
      'Guest:',
      'The first answer, hard to follow.',
      'In plain words',
      'The first answer, in plain words.',
    ]);
    // "Read answer aloud" reads the answer alone.
    await expect.poll(() => announced(page).textContent()).toBe('Finished reading aloud.');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('using read aloud', () => {
  it('works by keyboard alone: Tab to it, Enter, next and previous sentence, pause, Escape', async () => {
    const { page, errors } = await open(PARTIAL);
    for (let tab = 0; tab < 25; tab++) {
      await page.keyboard.press('Tab');
      if (await mainButton(page).evaluate((button) => button === document.activeElement)) break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => lastSpoken(page)).toBe('An interview with some plain versions');
    await page.keyboard.press('.');
    await expect.poll(() => lastSpoken(page)).toBe('Introduction');
    await page.keyboard.press('.');
    await page.keyboard.press('.');
    await expect.poll(() => highlighted(page)).toBe('The interview');
    await page.keyboard.press(',');
    await expect.poll(() => highlighted(page)).toBe('An introduction with a plain version.');
    await page.keyboard.press('Space');
    await expect(mainButton(page).textContent()).resolves.toBe('Resume');
    await page.keyboard.press('Escape');
    await expect.poll(() => announced(page).textContent()).toBe('Stopped reading aloud.');
    await expect(highlighted(page)).resolves.toBeNull();
    await expect(page.getByRole('button', { name: 'Stop' }).count()).resolves.toBe(0);
    await expect(mainButton(page).evaluate((button) => button === document.activeElement)).resolves.toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the spoken sentence in view, stops following when the reader scrolls, and goes back on request', async () => {
    const { page, errors } = await open('', {}, { reducedMotion: 'reduce' });
    await mainButton(page).click();
    await started(page);
    const inView = () =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('read-aloud-sentence') ?? [])][0] as Range | undefined;
        const rect = range?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight;
      });
    for (let step = 0; step < 12; step++) {
      await listen(page, 2);
      await expect(inView()).resolves.toBe(true);
    }
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, 4000);
    const back = page.getByRole('button', { name: "Back to where I'm reading" });
    await back.waitFor();
    await expect.poll(inView).toBe(false);
    await finishUtterance(page);
    await expect(inView()).resolves.toBe(false);
    await back.click();
    await expect.poll(inView).toBe(true);
    await expect(back.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * Where a wheel turn stops depends on how far read-aloud's own smooth scroll had gone: a button can
 * stop half under the sticky banner, which axe counts as a target too small. That is a place a scroll
 * passes, not a target a reader is offered (they scroll on), so the page is moved, at once, until no
 * button in the article straddles the banner's lower edge.
 */
async function clearOfTheBanner(page: Page): Promise<void> {
  await page.evaluate(() => {
    const edge = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const straddling = [...document.querySelectorAll('main button')]
      .map((button) => button.getBoundingClientRect())
      .find((box) => box.top < edge && box.bottom > edge);
    if (straddling !== undefined) window.scrollBy({ top: straddling.top - edge - 8, behavior: 'instant' });
  });
}

describe('read aloud in every theme', () => {
  it.each(THEMES.filter((theme) => theme !== 'system'))(
    'has no axe violations with the controls shown, and draws the highlight in the %s theme',
    async (theme) => {
      const { page, errors } = await open(PARTIAL, { theme });
      await page.getByRole('button', { name: 'Read answer aloud' }).first().click();
      await started(page);
      await finishUtterance(page);
      await expect.poll(() => highlighted(page)).toBe('The first answer, hard to follow.');
      await scrollSettled(page);
      await page.mouse.move(640, 600);
      await page.mouse.wheel(0, 200);
      await page.getByRole('button', { name: "Back to where I'm reading" }).waitFor();
      await scrollSettled(page);
      await clearOfTheBanner(page);
      await expect(axeViolations(page)).resolves.toEqual([]);
      const colours = await page.evaluate(() => {
        const probe = document.createElement('span');
        document.body.append(probe);
        const read = (colour: string) => {
          probe.style.color = colour;
          return getComputedStyle(probe).color;
        };
        const style = getComputedStyle(document.documentElement);
        const result = {
          speak: read(style.getPropertyValue('--color-speak')),
          line: read(style.getPropertyValue('--color-speak-line')),
        };
        probe.remove();
        return result;
      });
      await expect(highlightPixels(page)).resolves.toEqual(
        expect.arrayContaining([colours.speak, colours.line]),
      );
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('shows the sentence in the system Highlight colour under forced colours, the word underlined in it', async () => {
    const { page, errors } = await open(PARTIAL, {}, { forcedColors: 'active' });
    await page.getByRole('button', { name: 'Read answer aloud' }).first().click();
    await started(page);
    await finishUtterance(page);
    await expect.poll(() => highlighted(page)).toBe('The first answer, hard to follow.');
    const before = await highlightPixels(page);
    await reachWord(page, 4);
    await expect.poll(() => highlighted(page, 'read-aloud-word')).toBe('first');
    const system = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const read = (colour: string) => {
        probe.style.color = colour;
        return getComputedStyle(probe).color;
      };
      const result = { highlight: read('Highlight'), text: read('HighlightText'), canvas: read('Canvas') };
      probe.remove();
      return result;
    });
    // Highlight may be translucent: what shows is it laid over Canvas.
    const [r, g, b, a = 1] = (system.highlight.match(/[\d.]+/g) ?? []).map(Number);
    const [cr = 0, cg = 0, cb = 0] = (system.canvas.match(/[\d.]+/g) ?? []).map(Number);
    const over = (value = 0, ground: number) => Math.round(value * a + ground * (1 - a));
    const shown = `rgb(${over(r, cr)}, ${over(g, cg)}, ${over(b, cb)})`;
    expect(before).toEqual(expect.arrayContaining([shown]));
    expect(contrast(shown, system.canvas)).toBeGreaterThanOrEqual(3);
    // The word's underline adds HighlightText where the sentence alone had none below the text.
    const after = await highlightPixels(page);
    expect(after).not.toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** WCAG contrast of two "rgb(r, g, b)" colours. */
function contrast(one: string, other: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * The colours drawn over the highlighted sentence, from a screenshot of it decoded in the page
 * (the most common ones, as "rgb(r, g, b)").
 */
async function highlightPixels(page: Awaited<ReturnType<typeof open>>['page']): Promise<string[]> {
  // Read aloud scrolls the sentence into view, smoothly: the box is measured where the page stops.
  await scrollSettled(page);
  const box = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('read-aloud-sentence') ?? [])][0] as Range;
    const rect = range.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height + 4 };
  });
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const counts = new Map<string, number>();
    for (let index = 0; index < data.length; index += 4) {
      const key = `rgb(${data[index]}, ${data[index + 1]}, ${data[index + 2]})`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = data.length / 4;
    return [...counts].filter(([, count]) => count / total > 0.01).map(([key]) => key);
  }, png.toString('base64'));
}
