// The prerendered page: the interview is HTML before (and without) JavaScript, the saved preferences are
// on it before the first paint, and the app hydrates it without a mismatch or a shift.
import type { Browser, BrowserContextOptions, Page, Route } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { axeViolations } from './browser';
import { appUrl, test } from './fixtures';
import { exchange, section, visible } from './locate';

/** A context of the test's own, closed when the test ends, passed or failed. */
async function ownContext(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  onTestFinished(() => context.close());
  return context;
}

/** A page on which none of the app's script runs: refused, so that the test's own checks still can. */
async function withoutAppScript(browser: Browser): Promise<Page> {
  const context = await ownContext(browser);
  await context.route(/\.js$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(appUrl);
  return page;
}

const QUESTIONS = 6;
const chooseMode = (page: Page, name: string) =>
  page
    .getByRole('radiogroup', { name: 'Reading mode' })
    .locator('label')
    .filter({ hasText: new RegExp(`^${name}$`) })
    .click();

describe('with JavaScript off', () => {
  test('reads the whole interview: title, people, contents, every question and answer, afterword, glossary', async ({
    open,
  }) => {
    const { page, errors } = await open({ context: { javaScriptEnabled: false }, settle: false });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Riz Ahmed on Sound of Metal, sign language and deaf culture',
    );
    await expect(section(page, 'People in this interview').getByRole('listitem').count()).resolves.toBe(2);
    const shownHeadings = page.evaluate(
      () => [...document.querySelectorAll('h3')].filter((heading) => heading.checkVisibility()).length,
    );
    await expect(shownHeadings).resolves.toBe(QUESTIONS + 1); // and "Key points"

    await expect(exchange(page, 'When did you film this?').textContent()).resolves.toContain('Riz Ahmed:');
    for (const heading of ['Introduction', 'In brief', 'After the interview', 'Glossary']) {
      await expect(section(page, heading).count()).resolves.toBe(1);
    }
    await expect(page.locator('noscript').count()).resolves.toBe(0);
    // Read aloud needs script: without it, no button offers it.
    await expect(
      visible(page.getByRole('button', { name: /Read (question|answer) aloud/ })).count(),
    ).resolves.toBe(0);
    await expect(page.title()).resolves.toBe(
      '\u2068Riz Ahmed on Sound of Metal, sign language and deaf culture\u2069 — Open Caption Reader',
    );
    expect(errors).toEqual([]);
  });

  test('passes axe before any of the app’s script has run, in every mode', async ({ browser }) => {
    // axe needs script of its own, so here the app's script is refused instead of all script disabled.
    const page = await withoutAppScript(browser);
    for (const mode of ['Original', 'Plain language', 'Both']) {
      await chooseMode(page, mode);
      await expect(axeViolations(page)).resolves.toEqual([]);
    }
  });

  test('follows a contents link to its question', async ({ open }) => {
    const { page } = await open({ context: { javaScriptEnabled: false }, settle: false });
    const contents = page.getByRole('navigation');
    await contents.getByRole('link', { name: 'When did you film this?' }).click();
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#q-filming');
    // Scrolling may be smooth: wait for it to arrive, below the banner and inside the window.
    const top = () => page.locator('#q-filming').evaluate((heading) => heading.getBoundingClientRect().top);
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    await expect.poll(top).toBeLessThan(900);
  });

  test('switches to plain language and to both with the reading-mode radios', async ({ browser }) => {
    const page = await withoutAppScript(browser);
    const plainHeading = page.getByRole('heading', { name: /Did making this film help you cope/ });
    await expect(plainHeading.isVisible()).resolves.toBe(false);
    await chooseMode(page, 'Plain language');
    await expect(plainHeading.isVisible()).resolves.toBe(true);
    await expect(visible(page.getByText('In plain words', { exact: true })).count()).resolves.toBe(0);
    await chooseMode(page, 'Both');
    await expect(visible(page.getByText('In plain words', { exact: true })).count()).resolves.toBeGreaterThan(
      5,
    );
  });
});

/** Holds the app's JavaScript back until `release` is called, as a slow network would. */
async function holdScripts(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/(?!prepaint-).*\.js$/, (route) =>
    released ? route.continue() : held.push(route),
  );
  return () => {
    released = true;
    for (const route of held.splice(0)) void route.continue();
  };
}

describe('before the app arrives', () => {
  test('already shows the saved theme, text size and reading mode, and then hydrates without a shift', async ({
    browser,
  }) => {
    const context = await ownContext(browser);
    await context.addInitScript(() => {
      const preferences = { mode: 'plain', theme: 'dark', textSize: 150 };
      localStorage.setItem('open-caption-reader.preferences', JSON.stringify({ version: 1, preferences }));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on(
      'console',
      (message: { type: () => string; text: () => string }) =>
        void (message.type() === 'error' && errors.push(message.text())),
    );
    page.on('pageerror', (error: Error) => errors.push(error.message));
    const release = await holdScripts(page);
    // Module scripts hold DOMContentLoaded back: wait for the page's own content instead.
    await page.goto(appUrl, { waitUntil: 'commit' });
    await page.locator('h1').waitFor();
    const html = page.locator('html');
    await expect(html.getAttribute('data-theme')).resolves.toBe('dark');
    await expect(html.getAttribute('data-mode')).resolves.toBe('plain');
    await expect(
      page.evaluate(() => document.documentElement.style.getPropertyValue('--reader-scale')),
    ).resolves.toBe('1.5');
    const heading = page.getByRole('heading', { name: /Did making this film help you cope/ });
    await expect(heading.isVisible()).resolves.toBe(true);
    // Read aloud's buttons are drawn already, so nothing moves when the script arrives.
    await expect(
      visible(page.getByRole('button', { name: /Read (question|answer) aloud/ })).count(),
    ).resolves.toBe(12);
    // The same element before and after hydration: React adopted the page instead of replacing it.
    await page.evaluate(() => document.querySelector('h1')?.setAttribute('data-before', ''));
    // Every mode the page is put in from here: hydrating must not show the prerendered original first
    // (it did, inside one task: no shift was painted, but a deep link's question was scrolled away).
    await page.evaluate(() => {
      const modes: (string | null)[] = [];
      (window as unknown as { __modes: typeof modes }).__modes = modes;
      new MutationObserver((records) => {
        for (const record of records) modes.push((record.target as Element).getAttribute('data-mode'));
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-mode'] });
    });
    release();
    await expect
      .poll(() => page.getByRole('radio', { name: 'Plain language' }).isChecked(), { timeout: 10_000 })
      .toBe(true);
    await expect(page.locator('h1[data-before]').count()).resolves.toBe(1);
    await expect(page.evaluate(() => (window as unknown as { __modes: string[] }).__modes)).resolves.toEqual(
      [],
    );
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThanOrEqual(0.01);
    expect(errors).toEqual([]);
  });

  test('hides the prerendered interview while ?src= loads another one', async ({ open }) => {
    const { page, errors } = await open({ at: '?src=fixtures/minimal.json' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('A minimal interview');
    await expect(page.locator('html').getAttribute('data-loading-other')).resolves.toBeNull();
    await expect(page.getByText('Riz Ahmed on Sound of Metal', { exact: false }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
