// Reading preferences in real Chromium: every theme under axe's AAA rules, every control by keyboard,
// reflow at 320px with the largest text, persistence, reset, system preferences and fonts.
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { THEMES } from '../../src/preferences/preferences';
import { axeViolations, settled } from './browser';
import { appUrl, suitePage, test } from './fixtures';

const KEY = 'open-caption-reader.preferences';

async function openSettings(page: Page) {
  // On small screens and at large text the banner's tools are behind Menu (issue 14).
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reading settings' });
  await dialog.waitFor();
  return dialog;
}

/** Clicks a radio's visible label, as a pointer user does (react-aria's input is visually hidden). */
const choose = (dialog: Locator, name: string) =>
  dialog
    .locator('label.radio')
    .filter({ has: dialog.page().getByRole('radio', { name, exact: true }) })
    .click();

const html = (page: Page, attribute: string) => page.getAttribute('html', attribute);
const rootStyle = (page: Page, property: string) =>
  page.evaluate((name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim(), property);
const colours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { bg: style.backgroundColor, text: style.color };
  });
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.each(THEMES)('the %s theme', (theme) => {
  const opened = suitePage({ stored: { theme } });

  test('is applied before the app renders and has no axe violations (AAA contrast included)', async () => {
    await expect(html(opened().page, 'data-theme')).resolves.toBe(theme);
    await expect(axeViolations(opened().page)).resolves.toEqual([]);
  });

  test('has no axe violations with the settings dialog open', async () => {
    await openSettings(opened().page);
    await expect(axeViolations(opened().page)).resolves.toEqual([]);
    expect(opened().errors).toEqual([]);
  });
});

describe('the settings, by keyboard alone', () => {
  test('opens, changes every kind of control, and closes with focus back on its button', async ({ open }) => {
    const { page, errors } = await open();
    const button = page.getByRole('button', { name: 'Reading settings' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Reading settings' });
    await dialog.waitFor();

    const tabTo = async (match: (el: { role: string | null; label: string }) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const current = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const labelled = el?.getAttribute('aria-labelledby')?.split(' ')[0];
          const label = labelled
            ? (document.getElementById(labelled)?.textContent ?? '')
            : (el?.textContent ?? '');
          return { role: el?.getAttribute('type') ?? el?.getAttribute('role') ?? null, label };
        });
        if (match(current)) return;
      }
      throw new Error('control not reached by Tab');
    };

    await tabTo(({ role, label }) => role === 'range' && label.startsWith('Text size'));
    await page.keyboard.press('End');
    await expect(rootStyle(page, '--reader-scale')).resolves.toBe('3');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(rootStyle(page, '--reader-scale')).resolves.toBe('1.1');

    await tabTo(({ role }) => role === 'radio'); // Font: the checked radio takes focus
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(html(page, 'data-font')).resolves.toBe('atkinson-hyperlegible');
    // Colours come next, in the panel's first group with the text's size and font.
    await tabTo(({ role }) => role === 'radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(html(page, 'data-theme')).resolves.toBe('sepia');

    await tabTo(({ role, label }) => role === 'range' && label.startsWith('Line spacing'));
    await page.keyboard.press('ArrowRight');
    await expect(rootStyle(page, '--reader-line-height')).resolves.toBe('1.7');
    await tabTo(({ role, label }) => role === 'range' && label.startsWith('Letter spacing'));
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(rootStyle(page, '--reader-letter-spacing')).resolves.toBe('0.12em');
    await tabTo(({ role, label }) => role === 'range' && label.startsWith('Word spacing'));
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(rootStyle(page, '--reader-word-spacing')).resolves.toBe('0.16em');

    await tabTo(({ role }) => role === 'radio'); // Line length
    await page.keyboard.press('ArrowUp');

    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
    expect(saved.preferences).toMatchObject({
      textSize: 110,
      font: 'atkinson-hyperlegible',
      lineHeight: 1.7,
      letterSpacing: 0.12,
      wordSpacing: 0.16,
      lineLength: 'narrow',
      theme: 'sepia',
    });
    expect(errors).toEqual([]);
  });
});

describe('reflow and spacing (WCAG 1.4.10, 1.4.12)', () => {
  test('needs no sideways scrolling at 320px with the largest text, closed and with the dialog open', async ({
    open,
  }) => {
    const { page } = await open({
      stored: { textSize: 300 },
      context: { viewport: { width: 320, height: 640 } },
    });
    await expect(rootStyle(page, '--reader-scale')).resolves.toBe('3');
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
    const bannerOverflow = await page.evaluate(
      () =>
        [...document.querySelectorAll('.site-header *')].filter(
          (el) => el.getBoundingClientRect().right > 320.5,
        ).length,
    );
    expect(bannerOverflow).toBe(0);

    const dialog = await openSettings(page);
    // The panel is a sheet over the foot of the screen here, scrolling inside itself.
    const fits = await dialog.evaluate((panel) => {
      const box = panel.getBoundingClientRect();
      return {
        inside: box.left >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        wide: panel.scrollWidth <= panel.clientWidth,
      };
    });
    expect(fits).toEqual({ inside: true, wide: true });
    // The sheet scrolls inside the viewport: its last control can be reached and seen.
    const done = dialog.getByRole('button', { name: 'Done' });
    await done.scrollIntoViewIfNeeded();
    const box = await done.boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
  });

  test('clips nothing with the text-spacing test values and the widest spacing', async ({ open }) => {
    for (const spacing of [
      { lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16 },
      { lineHeight: 2.4, letterSpacing: 0.2, wordSpacing: 0.4, textSize: 300 },
    ]) {
      const { page } = await open({ stored: spacing, context: { viewport: { width: 320, height: 640 } } });
      await expect(noSidewaysScroll(page)).resolves.toBe(true);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => {
            const style = getComputedStyle(el);
            return (
              style.overflow !== 'visible' &&
              !el.classList.contains('visually-hidden') &&
              // react-aria's visually hidden radio inputs, clipped on purpose.
              style.clipPath !== 'inset(50%)' &&
              (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) &&
              style.overflowX !== 'auto' &&
              style.overflowY !== 'auto'
            );
          })
          .map((el) => el.className),
      );
      expect(clipped).toEqual([]);
    }
  });

  test('keeps lines to at most 70 characters by default and 80 at the widest, left-aligned', async ({
    open,
  }) => {
    for (const font of ['system-sans', 'serif', 'atkinson-hyperlegible', 'opendyslexic'] as const) {
      for (const [lineLength, limit] of [
        ['medium', 70],
        ['wide', 80],
      ] as const) {
        const { page } = await open({ stored: { font, lineLength } });
        await page.evaluate(() => document.fonts.ready);
        const longest = await page.evaluate(() => {
          let most = 0;
          // Paragraphs shown: not those of other reading modes, nor of a closed definition (a popover).
          const shown = [...document.querySelectorAll('article p')].filter((p) => p.checkVisibility());
          for (const paragraph of shown.slice(0, 20)) {
            const lines = new Map<number, number>();
            const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement?.checkVisibility() !== true) continue;
              for (let i = 0; i < (node.textContent ?? '').length; i++) {
                // Invisible format characters (the isolates around names) take no room on a line.
                if (/\p{Cf}/u.test(node.textContent?.charAt(i) ?? '')) continue;
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const top = Math.round(range.getBoundingClientRect().top);
                lines.set(top, (lines.get(top) ?? 0) + 1);
              }
            }
            most = Math.max(most, ...lines.values());
          }
          return most;
        });
        expect({ font, lineLength, ok: longest <= limit, longest }).toMatchObject({ ok: true });
        await expect(
          page.evaluate(() => getComputedStyle(document.querySelector('article p') as Element).textAlign),
        ).resolves.toMatch(/^(start|left)$/);
      }
    }
  });

  test('gives every control in the dialog a target of at least 44 by 44 pixels', async ({ open }) => {
    const { page } = await open();
    const dialog = await openSettings(page);
    const small = await dialog.evaluate((el) =>
      [...el.querySelectorAll('button, .radio, .slider-thumb')]
        .map((target) => ({ name: target.textContent, box: target.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ name, box }) => `${name}: ${box.width}x${box.height}`),
    );
    expect(small).toEqual([]);
  });
});

describe('kept, and never lost', () => {
  test('keeps choices across a reload, and Reset restores every default', async ({ open }) => {
    const { page, errors } = await open();
    let dialog = await openSettings(page);
    await choose(dialog, 'High contrast dark (yellow on black)');
    await choose(dialog, 'Serif');
    await choose(dialog, 'Narrow');
    await page.reload();
    await settled(page);
    await expect(html(page, 'data-theme')).resolves.toBe('high-contrast-dark');
    await expect(html(page, 'data-font')).resolves.toBe('serif');
    await expect(colours(page)).resolves.toEqual({ bg: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 0)' });
    dialog = await openSettings(page);
    await expect(dialog.getByRole('radio', { name: 'Narrow' }).isChecked()).resolves.toBe(true);

    await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(html(page, 'data-theme')).resolves.toBe('system');
    await expect(html(page, 'data-font')).resolves.toBe('system-sans');
    await expect(dialog.getByRole('radio', { name: 'Medium' }).isChecked()).resolves.toBe(true);
    await expect(
      dialog.getByRole('slider', { name: 'Text size' }).getAttribute('aria-valuetext'),
    ).resolves.toBe('100%');
    expect(errors).toEqual([]);
  });

  test.for([
    ['garbage JSON', '{not json'],
    ['an unknown version', JSON.stringify({ version: 7, preferences: { theme: 'dark' } })],
    [
      'out-of-range values',
      JSON.stringify({ version: 1, preferences: { textSize: 9000, theme: 'neon', lineHeight: -3 } }),
    ],
  ] as const)('falls back to the defaults, silently, for %s', async ([_name, text], { open }) => {
    const { page, errors } = await open({ stored: text });
    await expect(html(page, 'data-theme')).resolves.toBe('system');
    await expect(rootStyle(page, '--reader-scale')).resolves.toBe('1');
    await expect(rootStyle(page, '--reader-line-height')).resolves.toBe('1.6');
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  test('follows a change made in another tab', async ({ open }) => {
    const { page } = await open();
    const other = await page.context().newPage();
    await other.goto(appUrl);
    await settled(other);
    const dialog = await openSettings(other);
    await choose(dialog, 'Dark');
    await dialog.getByRole('slider', { name: 'Text size' }).focus();
    await other.keyboard.press('End');
    await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
    // Each change comes as its own storage event: the text size may come after the theme.
    await expect.poll(() => rootStyle(page, '--reader-scale')).toBe('3');
    await expect(colours(page)).resolves.toEqual({ bg: 'rgb(18, 20, 23)', text: 'rgb(232, 232, 232)' });
  });
});

describe("the system's preferences are the defaults", () => {
  test.for([
    ['dark', { colorScheme: 'dark' }, { bg: 'rgb(18, 20, 23)', text: 'rgb(232, 232, 232)' }],
    ['more contrast', { contrast: 'more' }, { bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' }],
    [
      'dark and more contrast',
      { colorScheme: 'dark', contrast: 'more' },
      { bg: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 0)' },
    ],
  ] as const)(
    'follows %s until the reader chooses, and stays clean under axe',
    async ([_name, media, expected], { open }) => {
      const { page } = await open();
      await page.emulateMedia(media);
      await expect(colours(page)).resolves.toEqual(expected);
      await expect(axeViolations(page)).resolves.toEqual([]);
      // A choice wins over the system.
      const dialog = await openSettings(page);
      await choose(dialog, 'Sepia (cream, low glare)');
      await expect(colours(page)).resolves.toEqual({ bg: 'rgb(248, 241, 227)', text: 'rgb(51, 38, 26)' });
    },
  );

  test('uses system colours under forced colours, with focus and the selected choice shown by outlines and borders', async ({
    open,
  }) => {
    const { page, errors } = await open({ stored: { theme: 'sepia' } });
    await page.emulateMedia({ forcedColors: 'active' });
    const dialog = await openSettings(page);
    await expect(rootStyle(page, '--color-bg')).resolves.toBe('Canvas');
    const radio = dialog.getByRole('radio', { name: 'Sepia (cream, low glare)' });
    await radio.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const marks = await dialog.evaluate((el) => {
      const selected = el.querySelector('.radio[data-selected]') as Element;
      const other = el.querySelector('.radio:not([data-selected])') as Element;
      const ring = (target: Element) => parseFloat(getComputedStyle(target, '::before').borderTopWidth);
      const focused = el.querySelector('.radio[data-focus-visible]');
      return {
        selectedRing: ring(selected) > ring(other) * 2,
        focusOutline: focused ? getComputedStyle(focused).outlineStyle : 'none',
        focusWidth: focused ? parseFloat(getComputedStyle(focused).outlineWidth) : 0,
      };
    });
    expect(marks).toEqual({ selectedRing: true, focusOutline: 'solid', focusWidth: 3 });
    // The dialog is scrolled down to the themes here: the sliders' labels, out of view, still name them.
    for (const name of ['Text size', 'Line spacing', 'Letter spacing', 'Word spacing'])
      await expect(dialog.getByRole('slider', { name, exact: true }).count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });

  test('has no smooth scrolling, with or without reduced motion (it left focus out of sight)', async ({
    open,
  }) => {
    const { page } = await open({ context: { reducedMotion: 'reduce' } });
    await expect(
      page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).resolves.toBe('auto');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(
      page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).resolves.toBe('auto');
  });
});

describe('fonts', () => {
  test('downloads no font until one is chosen, then only that one, from this site', async ({ open }) => {
    const { page, requests, errors } = await open();
    expect(requests.filter((url) => url.endsWith('.woff2'))).toEqual([]);
    const dialog = await openSettings(page);
    await choose(dialog, 'Atkinson Hyperlegible');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => document.fonts.check('20px "Atkinson Hyperlegible"'));
    const fonts = requests.filter((url) => url.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => url.startsWith(appUrl) && url.includes('atkinson-hyperlegible'))).toBe(true);
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('article') as Element).fontFamily),
    ).resolves.toMatch(/^"Atkinson Hyperlegible"/);

    await choose(dialog, 'OpenDyslexic');
    await page.waitForFunction(() => document.fonts.check('20px OpenDyslexic'));
    expect(requests.some((url) => url.includes('opendyslexic') && url.endsWith('.woff2'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
