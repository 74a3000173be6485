// The count of a prerendered page's parts still to hydrate (src/services/hydration.ts): what holds the
// interface language back until no part would render other words than its HTML.
import { describe, expect, it } from 'vitest';
import { expectHydration, partHydrated, whenHydrated } from '../../src/services/hydration';

function pageWith(parts: number): HTMLElement {
  const root = document.createElement('div');
  // As React's server renderer writes finished Suspense boundaries, one of them nested.
  root.innerHTML = `<header>banner</header>${'<!--$--><section>part</section><!--/$-->'.repeat(parts - 1)}<!--$--><div><!--$--><p>nested</p><!--/$--></div><!--/$-->`;
  return root;
}

describe('hydrating in parts', () => {
  it('waits for every part, nested ones too, and then for nothing', async () => {
    expectHydration(pageWith(3));
    let done = false;
    void whenHydrated().then(() => (done = true));
    for (let part = 0; part < 3; part++) {
      partHydrated();
      await Promise.resolve();
      expect(done).toBe(false);
    }
    partHydrated();
    await Promise.resolve();
    expect(done).toBe(true);
    // Parts rendered later (or a page rendered in the browser) wait for nothing.
    partHydrated();
    await expect(whenHydrated()).resolves.toBeUndefined();
  });

  it('waits for nothing on a page with no prerendered parts', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<!-- a comment --><p>text</p>';
    expectHydration(root);
    await expect(whenHydrated()).resolves.toBeUndefined();
  });
});
