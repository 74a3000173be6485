// The e2e tests' fixtures: one Chromium per test file, and pages that close themselves. A page opened
// through `open` belongs to its test and a page from `suitePage` to its describe block; either way
// its browser context is closed when they end, passed or failed, so a failing test leaks nothing
// into the next.
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { test as base, inject } from 'vitest';
import type { Preferences } from '../../src/preferences/preferences';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/preferences/storage';
import { launchBrowser, openPage, settled, type OpenedPage } from './browser';

export const appUrl = inject('appUrl');

export interface OpenOptions {
  /** What follows the app's address: "?mode=plain", "?src=fixtures/minimal.json", "#q-filming". */
  at?: string;
  /**
   * Preferences saved before the first visit, as a returning reader has them (or a stored text, to
   * try a broken one). Only the first visit: a reload keeps what the reader changed since.
   */
  stored?: Partial<Preferences> | string;
  /** The browser context's options: a viewport, a locale, emulated system settings. */
  context?: BrowserContextOptions;
  /** Wait until the interview or an error has replaced the loading state (the default), or not. */
  settle?: boolean;
}

export type Open = (options?: OpenOptions) => Promise<OpenedPage>;

/** Opens pages in contexts of their own, and closes every context it opened when asked to. */
function opener(browser: Browser): { open: Open; closeAll: () => Promise<void> } {
  const contexts = new Set<BrowserContext>();
  const open: Open = async ({ at = '', stored, context = {}, settle = true } = {}) => {
    const text =
      stored === undefined || typeof stored === 'string'
        ? stored
        : JSON.stringify({ version: STORAGE_VERSION, preferences: stored });
    const opened = await openPage(browser, appUrl + at, context, {
      beforeLoad: async (created) => {
        contexts.add(created);
        if (text === undefined) return;
        await created.addInitScript(
          ([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value),
          [STORAGE_KEY, text] as const,
        );
      },
    });
    if (settle) await settled(opened.page);
    return opened;
  };
  const closeAll = async () => {
    await Promise.all([...contexts].map((context) => context.close()));
    contexts.clear();
  };
  return { open, closeAll };
}

export const test = base
  // Vitest reads a fixture's dependencies from its first parameter, which must be a pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('open', async ({ browser }, { onCleanup }) => {
    const pages = opener(browser);
    onCleanup(pages.closeAll);
    return pages.open;
  });

/**
 * One page for the tests of a describe block, opened before the first and closed after the last:
 * for tests that each look at one side of the same page.
 */
export function suitePage(options?: OpenOptions): () => OpenedPage {
  let pages: ReturnType<typeof opener> | undefined;
  let opened: OpenedPage | undefined;
  test.beforeAll(async ({ browser }) => {
    pages = opener(browser);
    opened = await pages.open(options);
  });
  test.afterAll(() => pages?.closeAll());
  return () => {
    if (opened === undefined) throw new Error('The page of this describe block did not open.');
    return opened;
  };
}
