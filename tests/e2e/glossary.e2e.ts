import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, settled, launchForFile } from './browser';

const appUrl = inject('appUrl');
const browser = await launchForFile();

const region = (page: Page) => page.getByRole('region', { name: /Did making this movie offer/ });
const term = (page: Page, name: string) => region(page).getByRole('button', { name, exact: true });
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
  it('lists every entry in a region, sorted, with links back to where each is used', async () => {
    const { page } = await openPage(browser, appUrl);
    await settled(page);
    const glossary = page.getByRole('region', { name: 'Glossary' });
    const terms = await glossary.locator('dt').allTextContents();
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(terms).toHaveLength(10);
    await expect(glossary.locator('dd.aliases').first().textContent()).resolves.toBe(
      'Also called: American Sign Language',
    );
    const uses = glossary.locator('dt#glossary-tiff ~ dd.glossary-uses').first();
    await expect(uses.getByRole('link').allTextContents()).resolves.toEqual([
      'the introduction',
      'question 2',
    ]);
    await uses.getByRole('link', { name: 'question 2' }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('TIFF');
    await page.context().close();
  });

  it('marks the first use of each term per exchange, in every mode', async () => {
    for (const mode of ['original', 'plain', 'both']) {
      const { page } = await openPage(browser, `${appUrl}?mode=${mode}`);
      await settled(page);
      const acting = page.getByRole('region', { name: /sign language/i }).first();
      await expect(acting.getByRole('button', { name: 'sign language', exact: true }).count()).resolves.toBe(
        1,
      );
      await page.context().close();
    }
  });
});

describe('a term’s definition', () => {
  it('opens by keyboard, takes focus, passes axe open, and Escape returns focus to the term', async () => {
    const { page, errors } = await openPage(browser, appUrl);
    await settled(page);
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
    await page.context().close();
  });

  it('links to its glossary entry, and focus moves there', async () => {
    const { page } = await openPage(browser, appUrl);
    await settled(page);
    await term(page, 'prescient').click();
    await definition(page).getByRole('link', { name: '“prescient” in the glossary' }).click();
    await expect(definition(page).count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('glossary-prescient');
    expect(new URL(page.url()).hash).toBe('#glossary-prescient');
    await page.context().close();
  });

  it('shows on hover without taking focus, stays while hovered, passes axe, and Escape hides it', async () => {
    const { page } = await openPage(browser, appUrl);
    await settled(page);
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
    await page.context().close();
  });
});
