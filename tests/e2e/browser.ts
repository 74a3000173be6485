// Real Chromium from Debian, driven by playwright-core; axe-core run inside the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { afterAll } from 'vitest';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Chromium in a real window on an X display (the screen-reader suite's Xvfb), exposing its pages to
 * AT-SPI for Orca. One window, one page, with the window's size rather than an emulated viewport.
 */
export function launchDesktopBrowser(
  userDataDir: string,
  env: NodeJS.ProcessEnv,
  firstUrl: string,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    env,
    // An app window (no address bar) opened on its first page, so keyboard focus is in the page.
    args: [
      ...ARGS,
      '--force-renderer-accessibility',
      // No "unsupported command-line flag: --no-sandbox" bar in the window: Orca would read it, and
      // Tab would reach its Close button after the page's last control.
      '--test-type',
      '--window-position=0,0',
      '--window-size=1280,1000',
      `--app=${firstUrl}`,
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen since the page opened. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * A page in a context of its own, at `url`, noting what goes wrong in it. `beforeLoad` sees the
 * context before the first request (to keep it for closing, or to add init scripts).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  { beforeLoad }: { beforeLoad?: (context: BrowserContext) => Promise<void> } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await beforeLoad?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, errors, requests };
}

/**
 * Waits until the app shows the interview (or an error) and every part of the page is hydrated: the
 * prerendered page is readable before that, but its article answers the app's keys only after.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('html[data-hydrated] main[aria-busy="false"]').waitFor();
}

/**
 * Waits until the page has stopped scrolling (the same position for five frames in a row): a wheel
 * turn and read-aloud's following both scroll smoothly, and what is under the sticky banner
 * mid-scroll is not what a reader stops at.
 */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const step = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'wcag2aaa',
  'best-practice',
] as const;

/** Runs axe in the page; returns its violations as short readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    [...AXE_TAGS],
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

/**
 * One Chromium for a test file, closed when its tests are done: for files that open their own
 * contexts (tests/e2e/fixtures.ts's `open` closes them for you; prefer it in new tests).
 */
export async function launchForFile(): Promise<Browser> {
  const browser = await launchBrowser();
  afterAll(() => browser.close());
  return browser;
}
