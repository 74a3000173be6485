// A long interview through ?src= is drawn a part at a time: its first questions show at once, the rest
// follow until every exchange is in the DOM, and whatever depends on the whole (a deep link to a late
// question, "Question N of M", the glossary, line focus) works once its part is there.
import { describe, expect } from 'vitest';
import { test } from './fixtures';
import { section } from './locate';

const SIZE = 1_000;
const at = `?src=fixtures/long-${SIZE}.json`;

describe(`an interview of ${SIZE} exchanges`, () => {
  test('shows its first question, then every exchange, the afterword and the glossary', async ({ open }) => {
    const { page, errors } = await open({ at });
    await expect(page.locator('section.exchange h3').first().isVisible()).resolves.toBe(true);
    await expect.poll(() => page.locator('section.exchange').count(), { timeout: 30_000 }).toBe(SIZE);
    await expect(page.getByRole('heading', { name: 'Glossary', level: 2 }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'After the interview', level: 2 }).count()).resolves.toBe(
      1,
    );
    // Every question is listed in the contents, in order.
    const contents = page.getByRole('navigation').first();
    await expect(contents.getByRole('link').count()).resolves.toBeGreaterThanOrEqual(SIZE);
    // The glossary lists every term, each with links back to where it is used.
    const glossary = section(page, 'Glossary');
    await expect(glossary.locator('dt').count()).resolves.toBe(10);
    await expect(glossary.getByRole('link').count()).resolves.toBeGreaterThan(10);
    // Over a megabyte: parsed and validated in a worker, under the page's own CSP.
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(resources.some((name) => name.includes('interpret.worker'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('opens a deep link to its last question once that part is drawn, focused and in view', async ({
    open,
  }) => {
    const { page } = await open({ at: `${at}#q-exchange-${SIZE}` });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 30_000 })
      .toBe(`q-exchange-${SIZE}`);
    const top = await page
      .locator(`#q-exchange-${SIZE}`)
      .evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
    await expect
      .poll(() => page.getByText(/^Question 1,?000 of 1,?000$/).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
  });

  test('moves with j past the first part', async ({ open }) => {
    const { page } = await open({ at });
    await expect.poll(() => page.locator('section.exchange').count(), { timeout: 30_000 }).toBe(SIZE);
    await page.goto(`${page.url().split('#')[0]}#q-exchange-45`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-exchange-45');
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-exchange-46');
  });
});

describe(`the parts of an interview of ${SIZE} exchanges`, () => {
  test('number the contents on from part to part, and a change of mode keeps the reader at question 500', async ({
    open,
  }) => {
    const { page, errors } = await open({ at });
    await expect.poll(() => page.locator('section.exchange').count(), { timeout: 30_000 }).toBe(SIZE);
    // Fifty to a part (reading/parts.ts), each list of the contents starting where the last one ended.
    await expect(page.locator('.exchange-part').count()).resolves.toBe(SIZE / 50);
    const starts = await page
      .locator('.contents-part > ol')
      .evaluateAll((lists) => lists.map((list) => (list as HTMLOListElement).start));
    expect(starts).toEqual(Array.from({ length: SIZE / 50 }, (_, part) => part * 50 + 1));
    await expect(page.locator('.contents a[href="#q-exchange-500"]').count()).resolves.toBe(1);
    // The reader at question 500, then plain language chosen with the radio.
    await page.goto(`${page.url().split('#')[0]}#q-exchange-500`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-exchange-500');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    const before = await page.locator('#q-exchange-500').evaluate((h) => h.getBoundingClientRect().top);
    // As a person chooses it: by its label (the radio input itself is visually hidden).
    await page
      .locator('label')
      .filter({ hasText: /^Plain language$/ })
      .first()
      .click();
    await expect.poll(() => page.locator('html').getAttribute('data-mode')).toBe('plain');
    const after = await page.locator('#q-exchange-500').evaluate((h) => h.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(40);
    expect(errors).toEqual([]);
  });
});
