import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './fixtures';

const contents = (page: Page) => page.getByRole('navigation');
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const clearOfBanner = (page: Page, id: string) =>
  page.evaluate((target) => {
    const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1;
    const banner = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    return top >= banner && top < window.innerHeight / 2;
  }, id);

describe('Contents', () => {
  test('moves focus to the heading of a link, clear of the sticky banner, and marks it current', async ({
    open,
  }) => {
    const { page } = await open();
    const link = contents(page).getByRole('link', {
      name: 'Did performing in sign language change your approach to acting?',
    });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-sign-language-acting');
    await expect(clearOfBanner(page, 'q-sign-language-acting')).resolves.toBe(true);
    await expect.poll(() => link.getAttribute('aria-current')).toBe('location');
    await expect(contents(page).locator('[aria-current]').count()).resolves.toBe(1);
  });

  test('lists the questions in the reading mode’s words', async ({ open }) => {
    const { page } = await open({ at: '?mode=plain' });
    await expect(
      contents(page).getByRole('link', { name: 'Did acting in sign language change how you act?' }).count(),
    ).resolves.toBe(1);
  });

  test('follows Back and Forward, moving focus each time', async ({ open }) => {
    const { page } = await open();
    await contents(page).getByRole('link', { name: 'Glossary' }).click();
    await expect.poll(() => activeId(page)).toBe('glossary');
    await contents(page).getByRole('link', { name: 'When did you film this?' }).click();
    await expect.poll(() => activeId(page)).toBe('q-filming');
    await page.goBack();
    await expect.poll(() => activeId(page)).toBe('glossary');
    await expect(clearOfBanner(page, 'glossary')).resolves.toBe(true);
    await page.goForward();
    await expect.poll(() => activeId(page)).toBe('q-filming');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => activeId(page)).toBe('article-title');
  });

  test('opens a deep link fresh at its question, focused and in view', async ({ open }) => {
    const { page } = await open({ at: '?mode=both#q-captions-and-sound' });
    await expect.poll(() => activeId(page)).toBe('q-captions-and-sound');
    await expect(clearOfBanner(page, 'q-captions-and-sound')).resolves.toBe(true);
  });
});
