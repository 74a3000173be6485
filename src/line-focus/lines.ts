// The article's lines of text, read from the layout: its blocks (headings, paragraphs, list items),
// and each block's line boxes from a Range's client rects. Only the few blocks around the band are
// measured, so this stays cheap on a 10,000-question interview.
import { mergeLines, type Extent } from './band';

const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, blockquote';

/**
 * Outermost text blocks of the article, in document order: what is read, not the contents (a list of
 * links that may stand beside the text on a wide screen) or the interface's own controls.
 */
export function textBlocks(article: Element): Element[] {
  return [...article.querySelectorAll(BLOCKS)].filter(
    (block) => block.parentElement?.closest(BLOCKS) === null && block.closest('nav') === null,
  );
}

/** The block's lines, in window coordinates; none when it is not drawn. */
export function blockLines(block: Element): Extent[] {
  const range = block.ownerDocument.createRange();
  range.selectNodeContents(block);
  return mergeLines(range.getClientRects());
}

/** The block holding a node (a text node, a focused element), or null outside the article's text. */
export function blockOf(blocks: readonly Element[], node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCKS) ?? null;
  if (block === null) return null;
  let outer: Element = block;
  for (let up = block.parentElement?.closest(BLOCKS); up; up = up.parentElement?.closest(BLOCKS)) outer = up;
  return blocks.includes(outer) ? outer : null;
}

/** The first drawn block whose bottom is below `y` (window coordinates): a binary search by position. */
export function blockAtY(blocks: readonly Element[], y: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    let probe = middle;
    // Blocks not drawn (another reading mode) have no box: look at the next drawn one.
    while (probe <= high && (blocks[probe]?.getClientRects().length ?? 0) === 0) probe++;
    const rect = blocks[probe]?.getBoundingClientRect();
    if (rect === undefined) {
      high = middle - 1;
    } else if (rect.bottom >= y) {
      found = probe;
      high = middle - 1;
    } else {
      low = probe + 1;
    }
  }
  return found;
}

export interface Anchor {
  block: Element;
  line: number;
}

/**
 * Lines of the anchor's block and its neighbours, enough for a band of `count` lines around it,
 * with the index of the anchor's line among them.
 */
export function linesAround(
  blocks: readonly Element[],
  anchor: Anchor,
  count: number,
): { lines: Extent[]; index: number } {
  const at = blocks.indexOf(anchor.block);
  const own = blockLines(anchor.block);
  const line = Math.max(0, Math.min(anchor.line, own.length - 1));
  const before: Extent[] = [];
  const after: Extent[] = [];
  for (let index = at - 1; index >= 0 && before.length < count && at - index < 12; index--) {
    const block = blocks[index];
    if (block) before.unshift(...blockLines(block));
  }
  for (let index = at + 1; index < blocks.length && after.length < count && index - at < 12; index++) {
    const block = blocks[index];
    if (block) after.push(...blockLines(block));
  }
  return { lines: [...before, ...own, ...after], index: before.length + line };
}

/** The anchor one line on (`step` 1) or back (-1), across blocks; null at either end. */
export function stepAnchor(blocks: readonly Element[], anchor: Anchor, step: 1 | -1): Anchor | null {
  const count = blockLines(anchor.block).length;
  const line = anchor.line + step;
  if (line >= 0 && line < count) return { block: anchor.block, line };
  for (let index = blocks.indexOf(anchor.block) + step; index >= 0 && index < blocks.length; index += step) {
    const block = blocks[index];
    const lines = block ? blockLines(block).length : 0;
    if (block && lines > 0) return { block, line: step === 1 ? 0 : lines - 1 };
  }
  return null;
}
