import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from './browser';
import { test } from './fixtures';
import { exchange, section, visible } from './locate';

const region = (page: Page) => exchange(page, /Did making this movie offer/);
const term = (page: Page, name: string) => visible(region(page).getByRole('button', { name, exact: true }));
const definition = (page: Page) => page.getByRole('dialog', { name: 'prescient' });

/** The expanded state Chromium's accessibility tree gives an element, by id. */
async function expanded(page: Page, id: string | null): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${id ?? ''}` });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const property = nodes[0]?.properties?.find((p) => p.name === 'expanded');
  await cdp.detach();
  return property?.value.value as boolean | undefined;
}

describe('the glossary', () => {
  test('lists every entry in a region, sorted, with links back to where each is used', async ({ open }) => {
    const { page } = await open();
    const glossary = section(page, 'Glossary');
    const terms = await glossary.locator('dt').allTextContents();
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(terms).toHaveLength(10);
    await expect(glossary.locator('dd.aliases').first().textContent()).resolves.toBe(
      'Also called: American Sign Language',
    );
    // Terms are marked in the answers, never inside a question's heading (it would split the heading
    // for a screen reader): "sign language" in question 5's heading is not a use.
    const uses = glossary.locator('dt#glossary-sign-language ~ dd.glossary-uses').first();
    await expect(uses.getByRole('link').allTextContents()).resolves.toEqual([
      'In brief',
      'question 3',
      'question 4',
    ]);
    await uses.getByRole('link', { name: 'sign language, in question 4' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('sign language');
  });

  test('marks the first use of each term per exchange and version, in every mode', async ({ open }) => {
    for (const mode of ['original', 'plain', 'both']) {
      const { page } = await open({ at: `?mode=${mode}` });
      const acting = exchange(page, /sign language/i).first();
      // Both mode shows the plain question below its heading and two versions of the answer, each
      // with its own first use; the heading itself has none.
      await expect(
        visible(acting.getByRole('button', { name: 'sign language', exact: true })).count(),
      ).resolves.toBe(mode === 'both' ? 3 : 1);
      await expect(visible(acting.locator('h3 .glossary-term')).count()).resolves.toBe(0);
    }
  });
});

describe('a term’s definition', () => {
  test('opens by keyboard, takes focus, passes axe open, and Escape returns focus to the term', async ({
    open,
  }) => {
    const { page, errors } = await open();
    await term(page, 'prescient').focus();
    await page.keyboard.press('Enter');
    await definition(page).waitFor();
    await expect(definition(page).textContent()).resolves.toContain(
      'Seeming to know about things before they happen.',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null))
      .toBe(true);
    // The term is the popover's invoker: Chromium tells assistive technology it is expanded.
    await expect(expanded(page, await term(page, 'prescient').getAttribute('id'))).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await expect(definition(page).count()).resolves.toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('prescient');
    expect(errors).toEqual([]);
  });

  test('links to its glossary entry, and focus moves there', async ({ open }) => {
    const { page } = await open();
    await term(page, 'prescient').click();
    await definition(page).getByRole('link', { name: '“prescient” in the glossary' }).click();
    await expect(definition(page).count()).resolves.toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('glossary-prescient');
    expect(new URL(page.url()).hash).toBe('#glossary-prescient');
  });

  test('shows on hover without taking focus, stays while hovered, passes axe, and Escape hides it', async ({
    open,
  }) => {
    const { page } = await open();
    await term(page, 'prescient').scrollIntoViewIfNeeded();
    await term(page, 'prescient').hover();
    await definition(page).waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('BODY');
    // Moving onto the definition keeps it open, well past the close delay.
    await definition(page).hover();
    await page.waitForTimeout(800);
    await expect(definition(page).isVisible()).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await expect(definition(page).count()).resolves.toBe(0);
    // Leaving both hides it.
    await term(page, 'prescient').hover();
    await definition(page).waitFor();
    await page.mouse.move(5, 890);
    await definition(page).waitFor({ state: 'hidden' });
  });
});
