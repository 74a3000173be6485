// A prerendered page is hydrated in parts: React hydrates the banner at once and each part of the
// article in a later task of its own (a Suspense boundary, see HydrateLater), so no single long task
// holds the page while the reader starts to read, scroll or tab. Until every part is hydrated, nothing
// that every part reads outside React (the interface language) may change: a part hydrated after the
// change would render other words than its HTML. This counts the parts still to come.

/** The comment React's server renderer writes where a finished Suspense boundary begins. */
const BOUNDARY_START = '$';

let pending = 0;
let waiting: (() => void)[] = [];

/** Before hydrating: how many parts the prerendered HTML under `root` holds. */
export function expectHydration(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  let count = 0;
  while (walker.nextNode()) if ((walker.currentNode as Comment).data === BOUNDARY_START) count++;
  pending = count;
}

/** One part is hydrated (or rendered on the client: nothing was waiting for it then). */
export function partHydrated(): void {
  if (pending === 0) return;
  pending--;
  if (pending > 0) return;
  const resolved = waiting;
  waiting = [];
  for (const resolve of resolved) resolve();
}

/** Resolves once every part of the page is hydrated: at once when none is waiting. */
export function whenHydrated(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}
