// Shared by the read-aloud e2e files: opening the reader with chosen preferences, and watching what
// read aloud highlights (every new sentence highlight is recorded, so a sentence said twice counts twice).
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Preferences } from '../../src/preferences/preferences';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/preferences/storage';
import { openPage, settled, type OpenedPage } from './browser';

export const appUrl = inject('appUrl');

export async function openReader(
  browser: Browser,
  src: string,
  preferences: Partial<Preferences> = {},
  options: BrowserContextOptions & { init?: () => void } = {},
): Promise<OpenedPage> {
  const { init, ...context } = options;
  const opened = await openPage(browser, appUrl, context);
  // The first load saves its own preferences as it mounts: let it, before storing ours over them.
  await settled(opened.page);
  if (init) await opened.page.addInitScript(init);
  await opened.page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: STORAGE_KEY,
    value: JSON.stringify({ version: STORAGE_VERSION, preferences }),
  });
  await opened.page.goto(`${appUrl}${src}`);
  await settled(opened.page);
  await watchHighlights(opened.page);
  return opened;
}

declare global {
  interface Window {
    __said: string[];
    __words: string[];
  }
}

/** Records the text of each new sentence and word highlight, frame by frame. */
async function watchHighlights(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__said = [];
    window.__words = [];
    let sentence: Highlight | undefined;
    let word: Highlight | undefined;
    const text = (highlight: Highlight) => [...highlight].map((range) => range.toString()).join('');
    const tick = () => {
      const nowSentence = CSS.highlights.get('read-aloud-sentence');
      const nowWord = CSS.highlights.get('read-aloud-word');
      if (nowSentence !== sentence && nowSentence) window.__said.push(text(nowSentence));
      if (nowWord !== word && nowWord) window.__words.push(text(nowWord));
      sentence = nowSentence;
      word = nowWord;
      requestAnimationFrame(tick);
    };
    tick();
  });
}

export const said = (page: Page) => page.evaluate(() => window.__said);

/** The text of the sentence highlighted now, or null. */
export const highlighted = (page: Page, name = 'read-aloud-sentence') =>
  page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null;
  }, name);

export const announced = (page: Page) => page.getByTestId('announcer');

/** The banner's main read-aloud button, whatever it says now (Read aloud, Pause, Resume). */
export const mainButton = (page: Page) => page.locator('.read-aloud-main');
