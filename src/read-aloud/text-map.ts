// The text of an element as it is read, with a way back from a character offset to the DOM, so a
// sentence or word can be highlighted with a Range without touching the text.

export interface TextMap {
  text: string;
  nodes: readonly Text[];
  /** Where each node's text starts in `text`. */
  starts: readonly number[];
}

/**
 * Whether an element is drawn. Reading follows what is shown: a reading mode hidden behind a CSS
 * switch (display: none) is not read. `content-visibility: auto` parts off screen still count.
 */
export function isShown(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    if (node.hasAttribute('hidden') || getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

/**
 * The text under `root` in document order, leaving out subtrees `skip` rejects and hidden ones.
 * Visually hidden text (a speaker's full name for screen readers) is included: it is what is said.
 */
export function textMap(root: Element, skip: (element: Element) => boolean): TextMap {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node !== root && (skip(node) || !isShown(node))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue;
    nodes.push(node);
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts };
}

/** The node and offset inside it for a character offset; `end` prefers the end of the earlier node. */
function locate(map: TextMap, offset: number, end: boolean): [Text, number] | null {
  let low = 0;
  let high = map.nodes.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = map.starts[middle] ?? 0;
    if (start < offset || (!end && start === offset)) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const node = map.nodes[Math.max(found, 0)];
  if (node === undefined) return null;
  return [node, Math.min(node.data.length, offset - (map.starts[Math.max(found, 0)] ?? 0))];
}

/** A Range over characters `start` to `end` of the mapped text. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const from = locate(map, start, false);
  const to = locate(map, end, true);
  if (from === null || to === null) return null;
  const range = from[0].ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}
