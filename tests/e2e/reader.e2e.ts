import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, settled, type OpenedPage, launchForFile } from './browser';

const appUrl = inject('appUrl');
const browser = await launchForFile();

async function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
    headings.map((heading) => Number(heading.tagName.slice(1))),
  );
}

describe('the built-in interview, served from a sub-path', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, appUrl);
    await settled(opened.page);
  });

  it('is titled by the interview and the app', async () => {
    // The document's title isolated (FSI … PDI): a tab's title cannot hold a <bdi>.
    await expect(opened.page.title()).resolves.toBe(
      '\u2068Riz Ahmed on Sound of Metal, sign language and deaf culture\u2069 — Open Caption Reader',
    );
  });

  it('has labelled landmarks: banner, Contents navigation, main and contentinfo', async () => {
    const { page } = opened;
    await expect(page.getByRole('banner').count()).resolves.toBe(1);
    await expect(page.getByRole('navigation', { name: 'Contents' }).count()).resolves.toBe(1);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
  });

  it('has one h1, and headings never skip a level', async () => {
    const levels = await headingLevels(opened.page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
    });
  });

  it('makes each exchange a region named by its question, with the speaker read first', async () => {
    const { page } = opened;
    const region = page.getByRole('region', { name: 'When did you film this?' });
    await expect(region.count()).resolves.toBe(1);
    const heading = region.getByRole('heading', { level: 3 });
    await expect(heading.textContent()).resolves.toMatch(
      /^EW:Entertainment Weekly:\s*When did you film this\?$/,
    );
    // What a screen reader hears for the heading: the full name, never "E W".
    await expect(
      page.getByRole('heading', { name: 'Entertainment Weekly: When did you film this?' }).count(),
    ).resolves.toBe(1);
    await expect(region.getByText('Riz Ahmed:', { exact: true }).count()).resolves.toBe(1);
  });

  it('lists a link to every question in Contents, and a link moves to its question', async () => {
    const { page } = opened;
    const contents = page.getByRole('navigation', { name: 'Contents' });
    // Introduction, In brief, The interview, its 6 questions, After the interview, Glossary.
    await expect(contents.getByRole('link').count()).resolves.toBe(11);
    const questions = contents.getByRole('list', { name: 'Questions' });
    await expect(questions.getByRole('link').count()).resolves.toBe(6);
    await contents.getByRole('link', { name: 'When did you film this?' }).click();
    expect(new URL(page.url()).hash).toBe('#q-filming');
  });

  it('carries the document language on the article, apart from the interface language', async () => {
    const { page } = opened;
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await expect(page.getAttribute('article', 'lang')).resolves.toBe('en');
    await expect(page.getAttribute('article', 'dir')).resolves.toBe('ltr');
  });

  it('credits the publication, author and date in the footer', async () => {
    const footer = opened.page.getByRole('contentinfo');
    await expect(footer.textContent()).resolves.toContain('Entertainment Weekly');
    await expect(footer.textContent()).resolves.toContain('Shana Naomi Krochmal');
    await expect(footer.locator('time').getAttribute('datetime')).resolves.toBe('2020-10-23T10:00:00-04:00');
    await expect(footer.locator('time').textContent()).resolves.toBe('October 23, 2020');
  });

  it('shows every speaker with their role', async () => {
    const list = opened.page.getByRole('region', { name: 'People in this interview' });
    await expect(list.textContent()).resolves.toContain('Entertainment Weekly (EW) — Interviewer.');
    await expect(list.textContent()).resolves.toContain('Riz Ahmed — Interviewee. Actor who plays Ruben');
  });

  it('has no axe violations (WCAG 2.2 A, AA, AAA tags and best practice)', async () => {
    await expect(axeViolations(opened.page)).resolves.toEqual([]);
  });

  it('logs no console errors or CSP violations', () => {
    expect(opened.errors).toEqual([]);
  });

  it('takes the README screenshot', async () => {
    const dir = fileURLToPath(new URL('./screenshots/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    await opened.page.evaluate(() => window.scrollTo(0, 0));
    const shot = await opened.page.screenshot({ path: `${dir}reader.png` });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
});

describe('the skip link', () => {
  it('comes first in tab order, shows on focus, and moves focus to the main content', async () => {
    const { page } = await openPage(browser, appUrl);
    await settled(page);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    const box = await focused.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.context().close();
  });
});

describe('a minimal document (required fields only, three speakers)', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, `${appUrl}?src=fixtures/minimal.json`);
    await settled(opened.page);
  });

  it('renders cleanly: no empty sections, no "undefined"', async () => {
    const { page } = opened;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('A minimal interview');
    const text = (await page.textContent('body')) ?? '';
    expect(text).not.toMatch(/undefined|null|NaN|\{\{/);
    for (const name of ['Introduction', 'In brief', 'After the interview', 'Glossary']) {
      await expect(page.getByRole('heading', { name }).count()).resolves.toBe(0);
    }
  });

  it('shows all three speakers, the one with role "other" too', async () => {
    const list = opened.page.getByRole('region', { name: 'People in this interview' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(3);
    await expect(list.textContent()).resolves.toContain('Producer — Also in this interview.');
    await expect(opened.page.getByRole('heading', { name: 'Producer: Second?' }).count()).resolves.toBe(1);
  });

  it('has no axe violations', async () => {
    await expect(axeViolations(opened.page)).resolves.toEqual([]);
  });
});

describe('markup in the document', () => {
  it('shows as text and is never parsed', async () => {
    const { page, errors } = await openPage(browser, `${appUrl}?src=fixtures/markup.json`);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '<script>alert(1)</script> & <b>bold</b>',
    );
    await expect(page.getByText('<img src=x onerror=alert(1)> &amp; stays as typed.').count()).resolves.toBe(
      1,
    );
    await expect(page.locator('article script, article b, article img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
