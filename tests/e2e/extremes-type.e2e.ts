// Type sized for the line: at 300 % text on a 320 px phone no word of eight letters or fewer is cut
// across lines in a heading, longer words hyphenate by the content's language before they break, and
// question headings are not bold at the largest sizes.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchForFile } from './browser';
import { openReader, SIZES } from './extremes';

const appUrl = inject('appUrl');
const browser = await launchForFile();

/** Every word of up to eight letters in the article's headings that the layout splits over two lines. */
function cutWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const heading of document.querySelectorAll('.article :is(h1, h2, h3)')) {
      if (heading.closest('[popover]')) continue;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (node.parentElement?.closest('.visually-hidden')) continue;
        for (const { segment, index, isWordLike } of segmenter.segment(text)) {
          if (!isWordLike || [...segment].length > 8) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + segment.length);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (tops.size > 1) cut.push(segment);
        }
      }
    }
    return cut;
  });
}

const pages = [
  ['the built-in interview', '', 'en'],
  ['the built-in interview, Arabic interface', '', 'ar'],
  ['long words', '?src=fixtures/extremes.json', 'en'],
  ['an Arabic interview', '?src=fixtures/arabic.json', 'en'],
] as const;

describe.each(pages)('type sized for the line, %s', (_name, query, language) => {
  it.each(SIZES)(
    'cuts no word of eight letters or fewer in a heading at 300 per cent text, $width px wide',
    async (viewport) => {
      const page = await openReader(browser, appUrl + query, {
        viewport,
        textSize: 300,
        motion: 'reduce',
        language,
      });
      // Every exchange laid out for real, not at its estimated size.
      await page.evaluate(() =>
        document
          .querySelectorAll<HTMLElement>('.exchange')
          .forEach((e) => (e.style.contentVisibility = 'visible')),
      );
      await expect(cutWords(page)).resolves.toEqual([]);
      const sideways = await page.evaluate(
        () => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth,
      );
      expect(sideways).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );
});

describe('headings against body text', () => {
  it('scale less than body text, hyphenate by language, and questions are not bold at 300 per cent', async () => {
    const page = await openReader(browser, appUrl, { viewport: { width: 320, height: 640 }, textSize: 300 });
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body);
      return {
        body: Number.parseFloat(style('.article p').fontSize),
        h1: Number.parseFloat(style('.article h1').fontSize),
        question: Number.parseFloat(style('.question').fontSize),
        questionWeight: Number(style('.question').fontWeight),
        hyphens: style('.article p').hyphens,
        lang: document.querySelector('.article')?.getAttribute('lang'),
      };
    });
    expect(styles.h1).toBeLessThanOrEqual(styles.body);
    expect(styles.question).toBeLessThanOrEqual(styles.body);
    expect(styles.questionWeight).toBeLessThan(600);
    expect(styles.hyphens).toBe('auto');
    expect(styles.lang).toBe('en');
    await page.context().close();
  });

  it('keep their step above body text and semibold questions at 100 per cent on a large screen', async () => {
    const page = await openReader(browser, appUrl, { viewport: { width: 1280, height: 900 } });
    const sizes = await page.evaluate(() => {
      const size = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body);
      return {
        body: Number.parseFloat(size('.article p').fontSize),
        h1: Number.parseFloat(size('.article h1').fontSize),
        weight: Number(size('.question').fontWeight),
      };
    });
    expect(sizes.h1).toBeGreaterThan(sizes.body * 1.5);
    // Semibold, not bold: a calm page (issue 14), still a step heavier than the text.
    expect(sizes.weight).toBe(600);
    await page.context().close();
  });
});
