// Parts of the article found as a reader finds them: by the heading that starts them. Sections are
// not named regions (their heading names them once), so they are found through their heading.
import type { Locator, Page } from 'playwright-core';

/** The exchange whose question heading has this name. */
export function exchange(page: Page, question: string | RegExp): Locator {
  return page
    .locator('section.exchange')
    .filter({ has: page.getByRole('heading', { level: 3, name: question }) });
}

/** The section whose heading (level 2) has this name. */
export function section(page: Page, heading: string | RegExp): Locator {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });
}

/** Only what is shown: every reading mode is in the page, and CSS hides all but one. */
export function visible(locator: Locator): Locator {
  return locator.filter({ visible: true });
}
