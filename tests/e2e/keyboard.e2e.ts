// Keyboard alone, in real Chromium: the whole tab order with a visible focus ring in every theme, the
// single-key shortcuts and their off switch, and focus in and out of dialogs.
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { THEMES } from '../../src/preferences/preferences';
import { axeViolations, settled } from './browser';
import { suitePage, test, type OpenOptions } from './fixtures';

/** The reader as these tests open it: no motion, so scrolling lands at once. */
const reader = (options: OpenOptions = {}): OpenOptions => ({
  ...options,
  context: { reducedMotion: 'reduce', ...options.context },
});

interface FocusStop {
  /** Where the element is in the DOM: tells two links with the same text apart. */
  path: string;
  name: string;
  outline: number;
  ring: boolean;
  contrast: number;
  top: number;
  bottom: number;
  stickyBottom: number;
  inBanner: boolean;
  viewport: number;
}

/** What the focused element looks like and where it is, measured in the page. */
/**
 * Presses a key that opens a dialog and returns the milliseconds, measured in the page, from the key
 * going down to focus on the dialog's Close button.
 */
/**
 * Presses `key` and reports, in the frame the dialog is first drawn, what has focus, and every element
 * that took focus on the way. Focus once waited 1.5 to 4 s on a silent holder before it reached Close,
 * for Orca's sake (see ui/Dialog): it must be on Close in the first frame, with nothing before it.
 * A state, not a time: a loaded machine makes the frame later, not the answer different.
 */
async function focusAsDialogShows(
  page: Page,
  key: string,
): Promise<{ first: string[]; inFirstFrame: string }> {
  await page.evaluate(() => {
    const shown = window as unknown as { asShown?: Promise<unknown> };
    shown.asShown = new Promise((resolve) => {
      const first: string[] = [];
      const note = (event: FocusEvent) => first.push((event.target as HTMLElement).textContent ?? '');
      addEventListener('focusin', note);
      const observer = new MutationObserver(() => {
        if (document.querySelector('[role="dialog"]:not([popover])') === null) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          removeEventListener('focusin', note);
          resolve({ first, inFirstFrame: document.activeElement?.textContent ?? '' });
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.keyboard.press(key);
  return page.evaluate(
    () => (window as unknown as { asShown: Promise<{ first: string[]; inFirstFrame: string }> }).asShown,
  );
}

async function describeFocus(page: Page): Promise<FocusStop | null> {
  // Focus styles that depend on react-aria's data-focus-visible land after React re-renders.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    // A visually hidden radio shows its focus on the label around it: that is what a person sees.
    const element =
      focused instanceof HTMLInputElement && focused.type === 'radio'
        ? (focused.closest('label') ?? focused)
        : focused;
    const style = getComputedStyle(element);
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgb(color).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = getComputedStyle(document.documentElement).backgroundColor;
    const [lighter = 0, darker = 0] = [luminance(style.outlineColor), luminance(background)].sort(
      (a, b) => b - a,
    );
    const contrast = (lighter + 0.05) / (darker + 0.05);
    const banner = document.querySelector('.site-header');
    const sticky = banner !== null && getComputedStyle(banner).position === 'sticky';
    const box = element.getBoundingClientRect();
    const path: string[] = [];
    for (let node: Element | null = element; node !== null; node = node.parentElement) {
      path.unshift(
        `${node.tagName}${node.parentElement ? [...node.parentElement.children].indexOf(node) : ''}`,
      );
    }
    return {
      path: path.join('/'),
      name: (element.getAttribute('aria-label') ?? element.textContent ?? element.tagName)
        .trim()
        .slice(0, 60),
      outline: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
      ring: style.boxShadow !== 'none',
      contrast,
      top: box.top,
      bottom: box.bottom,
      stickyBottom: sticky && banner ? banner.getBoundingClientRect().bottom : 0,
      inBanner: banner?.contains(element) ?? false,
      viewport: window.innerHeight,
    };
  });
}

async function tabThroughPage(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (stop === null || (stops.length > 0 && stop.path === stops[0]?.path)) break;
    stops.push(stop);
  }
  return stops;
}

describe.each(THEMES)('the whole tab order in the %s theme', (theme) => {
  const opened = suitePage(reader({ stored: { theme } }));
  let stops: FocusStop[];
  test.beforeAll(async () => {
    stops = await tabThroughPage(opened().page);
  });

  test('goes skip link, banner controls, then the contents: in reading order', () => {
    const names = stops.map((stop) => stop.name);
    expect(names[0]).toBe('Skip to main content');
    const at = (name: string) => names.findIndex((n) => n.startsWith(name));
    expect(at('Keyboard shortcuts')).toBeGreaterThan(0);
    expect(at('Reading settings')).toBeGreaterThan(at('Keyboard shortcuts'));
    expect(at('Did making this movie')).toBeGreaterThan(at('Reading settings'));
    expect(at('When did you film this?')).toBeGreaterThan(at('Did making this movie'));
    expect(at('The film has hard-captioned')).toBeGreaterThan(at('When did you film this?'));
    // Nothing is skipped or visited twice: every stop is a different element.
    const paths = stops.map((stop) => stop.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('shows a focus outline of at least 2px with at least 3:1 contrast on every stop', () => {
    for (const stop of stops) {
      expect(stop.outline, stop.name).toBeGreaterThanOrEqual(2);
      expect(stop.contrast, stop.name).toBeGreaterThanOrEqual(3);
    }
  });

  test('keeps every focused element in the window and out from under the sticky banner', () => {
    for (const stop of stops) {
      if (stop.name === 'Skip to main content' || stop.inBanner) continue;
      expect(stop.top, stop.name).toBeGreaterThanOrEqual(stop.stickyBottom);
      expect(stop.bottom, stop.name).toBeLessThanOrEqual(stop.viewport + 1);
    }
  });
});

describe('single-key shortcuts', () => {
  test('j and k move focus between question headings, clear of the sticky banner, with "Question N of 6"', async ({
    open,
  }) => {
    const { page } = await open(reader());
    await expect(page.locator('.where-am-i').textContent()).resolves.toBe('6 questions');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q-filming');
    const stop = await describeFocus(page);
    expect(stop?.top).toBeGreaterThanOrEqual(stop?.stickyBottom ?? 0);
    expect(stop?.stickyBottom).toBeGreaterThan(0);
    await page.waitForFunction(
      () => document.querySelector('.where-am-i')?.textContent === 'Question 3 of 6',
    );
    await page.keyboard.press('k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q-long-delays');
  });

  test('+ and - change the text size and m the reading mode, each announced once in the live region', async ({
    open,
  }) => {
    const { page } = await open(reader());
    const scale = () =>
      page.evaluate(() => document.documentElement.style.getPropertyValue('--reader-scale'));
    await page.keyboard.press('+');
    await expect(scale()).resolves.toBe('1.1');
    await page.waitForFunction(
      () => document.querySelector('[role="status"]')?.textContent === 'Text size: 110%.',
    );
    await page.keyboard.press('-');
    await expect(scale()).resolves.toBe('1');
    await page.keyboard.press('m');
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.startsWith('Reading mode:'),
    );
    await expect(page.locator('[aria-live]').count()).resolves.toBe(1);
  });

  test('m skips Plain and Both when the interview has none: the page stays Original and says why', async ({
    open,
  }) => {
    const { page } = await open(reader({ at: '?src=fixtures/no-plain.json' }));
    const original = page.getByRole('radio', { name: 'Original' });
    await expect(original.isChecked()).resolves.toBe(true);
    await page.keyboard.press('m');
    await page.waitForFunction(
      () =>
        document.querySelector('[role="status"]')?.textContent ===
        'This interview has only its original words, so the reading mode stays Original.',
    );
    await expect(original.isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Plain language' }).isChecked()).resolves.toBe(false);
    await expect(page.evaluate(() => new URL(location.href).searchParams.get('mode'))).resolves.toBeNull();
  });

  test('do nothing when "Keyboard shortcuts" is switched off in Reading settings', async ({ open }) => {
    const { page } = await open(reader());
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reading settings' });
    const toggle = dialog.getByRole('switch', { name: 'Keyboard shortcuts' });
    await expect(toggle.isChecked()).resolves.toBe(true);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle.isChecked()).resolves.toBe(false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.not.toMatch(/^q-/);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    // The choice is kept: after a reload the keys are still off.
    await page.reload();
    await settled(page);
    await page.keyboard.press('j');
    await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.not.toMatch(/^q-/);
  });
});

describe('dialogs', () => {
  async function expectFocusTrapped(page: Page) {
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab');
      await expect(
        page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
      ).resolves.toBe(true);
    }
  }

  async function expectTabLeavesAndReturns(page: Page, last: Locator) {
    const inDialog = () => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);
    await last.focus();
    await page.keyboard.press('Tab');
    await expect(inDialog()).resolves.toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(last.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  }

  test('"?" opens Keyboard shortcuts, listing every key; focus stays in; Escape returns focus to the question', async ({
    open,
  }) => {
    const { page } = await open(reader());
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const key of ['j', 'k', 'm', '+', '-', 's', '?']) {
      await expect(dialog.locator('kbd', { hasText: key }).count()).resolves.toBeGreaterThan(0);
    }
    await expect(
      page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
    ).resolves.toBe(true);
    await expectFocusTrapped(page);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // react-aria gives focus back in the frame after the dialog goes: wait for it, as a person would.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-covid-isolation');
  });

  // The shortcuts dialog is the app's one dialog (ui/Dialog): the themed backdrop, in forced colours too.
  for (const [theme, forced] of [
    ['dark', 'none'],
    ['high-contrast-dark', 'none'],
    ['high-contrast-dark', 'active'],
  ] as const) {
    test(`Keyboard shortcuts has the theme's backdrop and no axe violations: ${theme}, forced colours ${forced}`, async ({
      open,
    }) => {
      const { page } = await open(reader({ stored: { theme }, context: { forcedColors: forced } }));
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      const backdrop = await page.locator('.dialog-overlay').evaluate((overlay) => {
        // The token resolved the way the overlay resolves it, to compare colour with colour.
        const probe = document.createElement('div');
        probe.style.backgroundColor = 'var(--color-backdrop)';
        overlay.append(probe);
        const expected = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return { actual: getComputedStyle(overlay).backgroundColor, expected };
      });
      expect(backdrop.actual).toBe(backdrop.expected);
      expect(backdrop.actual).not.toBe('rgba(0, 0, 0, 0)');
      await expect(axeViolations(page)).resolves.toEqual([]);
    });
  }

  for (const [name, key] of [
    ['Keyboard shortcuts', '?'],
    ['Reading settings', 's'],
  ] as const) {
    test(`the ${name} button opens its dialog by keyboard, focus at once on Close, and Escape returns focus to the button`, async ({
      open,
    }) => {
      const { page } = await open(reader());
      const button = page.getByRole('button', { name });
      await button.focus();
      // Focus is on Close as the dialog shows: a keyboard user can act, or Tab on, at once.
      await expect(focusAsDialogShows(page, 'Enter')).resolves.toEqual({
        first: ['Close'],
        inFirstFrame: 'Close',
      });
      const dialog = page.getByRole('dialog', { name });
      await dialog.waitFor();
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Close');
      if (name === 'Keyboard shortcuts') await expectFocusTrapped(page);
      // Reading settings is a non-modal panel beside the text: Tab goes on from its last control to
      // the page, and Shift+Tab comes back (tests/e2e/settings-panel.e2e.ts has the rest).
      else await expectTabLeavesAndReturns(page, dialog.getByRole('button', { name: 'Done' }));
      await dialog.getByRole('button', { name: 'Close' }).focus();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
      // The shortcut opens the same dialog.
      await page.locator('#main').focus();
      await page.keyboard.press(key);
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    });
  }
});
