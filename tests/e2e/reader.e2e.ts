import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations, scrollSettled } from './browser';
import { suitePage, test } from './fixtures';
import { exchange, section, visible } from './locate';

async function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
    headings.map((heading) => Number(heading.tagName.slice(1))),
  );
}

describe('the built-in interview, served from a sub-path', () => {
  const opened = suitePage();

  test('is titled by the interview and the app', async () => {
    // The document's title isolated (FSI … PDI): a tab's title cannot hold a <bdi>.
    await expect(opened().page.title()).resolves.toBe(
      '\u2068Riz Ahmed on Sound of Metal, sign language and deaf culture\u2069 — Open Caption Reader',
    );
  });

  test('has labelled landmarks: banner, Contents navigation, main and contentinfo', async () => {
    const { page } = opened();
    await expect(page.getByRole('banner').count()).resolves.toBe(1);
    await expect(page.getByRole('navigation').count()).resolves.toBe(1);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
  });

  test('has one h1, and headings never skip a level', async () => {
    const levels = await headingLevels(opened().page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
    });
  });

  test('heads each exchange with its question alone, the asker said once just before it', async () => {
    const { page } = opened();
    const region = exchange(page, 'When did you film this?');
    await expect(region.count()).resolves.toBe(1);
    // Not a named region: its heading names it, and a landmark per question would say it twice.
    await expect(page.getByRole('region', { name: 'When did you film this?' }).count()).resolves.toBe(0);
    const heading = region.getByRole('heading', { level: 3 });
    await expect(heading.textContent()).resolves.toMatch(/^When did you film this\?/);
    // Who asks comes just before the question: the full name for a screen reader, never "E W".
    const asker = region.locator('.speaker-label').first();
    await expect(asker.textContent()).resolves.toBe('EW:Entertainment Weekly:');
    await expect(asker.evaluate((label) => label.nextElementSibling?.tagName)).resolves.toBe('H3');
    await expect(region.getByText('Riz Ahmed:', { exact: true }).count()).resolves.toBe(1);
  });

  test('lists a link to every question in Contents, and a link moves to its question', async () => {
    const { page } = opened();
    const contents = page.getByRole('navigation');
    // Introduction, In brief, The interview, its 6 questions, After the interview, Glossary.
    await expect(contents.getByRole('link').count()).resolves.toBe(11);
    const questions = contents.getByRole('list', { name: 'Questions' });
    await expect(questions.getByRole('link').count()).resolves.toBe(6);
    await contents.getByRole('link', { name: 'When did you film this?' }).click();
    expect(new URL(page.url()).hash).toBe('#q-filming');
  });

  test('carries the document language on the article, apart from the interface language', async () => {
    const { page } = opened();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await expect(page.getAttribute('article', 'lang')).resolves.toBe('en');
    await expect(page.getAttribute('article', 'dir')).resolves.toBe('ltr');
  });

  test('credits the publication, author and date in the footer', async () => {
    const footer = opened().page.getByRole('contentinfo');
    await expect(footer.textContent()).resolves.toContain('Entertainment Weekly');
    await expect(footer.textContent()).resolves.toContain('Shana Naomi Krochmal');
    await expect(footer.locator('time').getAttribute('datetime')).resolves.toBe('2020-10-23T10:00:00-04:00');
    await expect(footer.locator('time').textContent()).resolves.toBe('October 23, 2020');
  });

  test('shows every speaker with their role', async () => {
    const list = section(opened().page, 'People in this interview');
    await expect(list.textContent()).resolves.toContain('Entertainment Weekly (EW) — Interviewer.');
    await expect(list.textContent()).resolves.toContain('Riz Ahmed — Interviewee. Actor who plays Ruben');
  });

  test('has no axe violations (WCAG 2.2 A, AA, AAA tags and best practice)', async () => {
    await expect(axeViolations(opened().page)).resolves.toEqual([]);
  });

  test('logs no console errors or CSP violations', () => {
    expect(opened().errors).toEqual([]);
  });

  test('takes the README screenshot', async () => {
    const dir = fileURLToPath(new URL('./screenshots/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const { page } = opened();
    // Back to the top as a reader scrolls (a script's scrollTo would be undone: the contents link
    // clicked above holds its question in place for a moment, until the reader scrolls).
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, -100_000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await scrollSettled(page);
    const shot = await page.screenshot({ path: `${dir}reader.png` });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
});

describe('the skip link', () => {
  test('comes first in tab order, shows on focus, and moves focus to the main content', async ({ open }) => {
    const { page } = await open();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    const box = await focused.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('a minimal document (required fields only, three speakers)', () => {
  const opened = suitePage({ at: '?src=fixtures/minimal.json' });

  test('renders cleanly: no empty sections, no "undefined"', async () => {
    const { page } = opened();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('A minimal interview');
    const text = (await page.textContent('body')) ?? '';
    expect(text).not.toMatch(/undefined|null|NaN|\{\{/);
    for (const name of ['Introduction', 'In brief', 'After the interview', 'Glossary']) {
      await expect(page.getByRole('heading', { name }).count()).resolves.toBe(0);
    }
  });

  test('shows all three speakers, the one with role "other" too', async () => {
    const list = section(opened().page, 'People in this interview');
    await expect(list.getByRole('listitem').count()).resolves.toBe(3);
    await expect(list.textContent()).resolves.toContain('Producer — Also in this interview.');
    await expect(opened().page.getByRole('heading', { name: 'Second?' }).count()).resolves.toBe(1);
  });

  test('has no axe violations', async () => {
    await expect(axeViolations(opened().page)).resolves.toEqual([]);
  });
});

describe('markup in the document', () => {
  test('shows as text and is never parsed', async ({ open }) => {
    const { page, errors } = await open({ at: '?src=fixtures/markup.json' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '<script>alert(1)</script> & <b>bold</b>',
    );
    await expect(page.getByText('<img src=x onerror=alert(1)> &amp; stays as typed.').count()).resolves.toBe(
      1,
    );
    await expect(page.locator('article script, article b, article img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('documents the contract allows that used to break the reader', () => {
  test('with a language tag Intl refuses ("en-US-US") renders whole, its glossary sorted', async ({
    open,
  }) => {
    const { page, errors } = await open({ at: '?src=fixtures/lang-not-intl.json' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('A tag Intl refuses');
    await expect(page.locator('article').getAttribute('lang')).resolves.toBe('en-US-US');
    await expect(page.locator('.glossary dt').allTextContents()).resolves.toEqual([
      'apple',
      'caption',
      'zebra',
    ]);
    expect(errors).toEqual([]);
  });

  test('whose ids look alike ("x" and "x-text"; "a-3", "a" and "a!") gets unique ids, and links find their target', async ({
    open,
  }) => {
    const { page, errors } = await open({ at: '?src=fixtures/colliding-ids.json' });
    const ids = await page.$$eval('[id]', (elements: Element[]) => elements.map((element) => element.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const contents = page.getByRole('navigation');
    await contents.getByRole('link', { name: 'The first question, about a?' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('The first question, about a?');
    await expect(exchange(page, 'The second question?').count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });

  test('written with the long s marks its terms by case folding', async ({ open }) => {
    const { page } = await open({ at: '?src=fixtures/long-s.json' });
    // Once per exchange; "Congreſs" is not "Congress", a name with a capital matches only as written.
    await expect(visible(page.locator('button.glossary-term')).allTextContents()).resolves.toEqual([
      'ſeſſion',
    ]);
  });
});
