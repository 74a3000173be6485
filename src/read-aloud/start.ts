// Where reading starts: the focused part, else where the reader stopped if it is still in view, else
// the start of the section at the reading line (the question in view, say).
import { readingLine } from '../navigation/sticky-banner';
import { inPart, partOf, type Position, type Script } from './script';

const HEADINGS = 'h1, h2, h3';

/** The first block of the part holding `element` (a focused heading, term or button). */
export function partStart(script: Script, element: Element): number {
  const part = partOf(element);
  const index = script.blockAt(element);
  if (part === null || index < 0) return index;
  let first = index;
  while (first > 0) {
    const before = script.blocks[first - 1];
    if (before === undefined || !inPart(before, part)) break;
    first--;
  }
  while (first < script.blocks.length) {
    const block = script.blocks[first];
    if (block === undefined || inPart(block, part)) break;
    first++;
  }
  return first;
}

/** Whether a block is (partly) on screen below the sticky banner. */
function onScreen(block: Element): boolean {
  const rect = block.getBoundingClientRect();
  const view = block.ownerDocument.defaultView;
  return view !== null && rect.height > 0 && rect.bottom > 0 && rect.top < view.innerHeight;
}

/**
 * The last heading block at or above the reading line: the section the reader is in. A binary search:
 * measuring a heading inside a part laid out lazily (content-visibility) lays that part out, so
 * measuring all 10,000 would take minutes. Headings not drawn (another mode) are stepped over.
 */
function sectionAtLine(script: Script): number {
  const line = readingLine(script.root.ownerDocument);
  const headings = script.blocks.flatMap((block, index) => (block.matches(HEADINGS) ? [index] : []));
  let low = 0;
  let high = headings.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    let probe = middle;
    let rect = script.blocks[headings[probe] ?? -1]?.getBoundingClientRect();
    while (rect !== undefined && rect.height === 0 && probe < high) {
      probe++;
      rect = script.blocks[headings[probe] ?? -1]?.getBoundingClientRect();
    }
    if (rect === undefined || rect.height === 0) high = middle - 1;
    else if (rect.top <= line) {
      found = probe;
      low = probe + 1;
    } else high = middle - 1;
  }
  return headings[found] ?? 0;
}

export function startPosition(script: Script, last: Position | undefined): Position | undefined {
  const doc = script.root.ownerDocument;
  const focused = doc.activeElement;
  if (focused !== null && focused !== script.root && script.root.contains(focused)) {
    return script.firstFrom(partStart(script, focused));
  }
  const lastBlock = last && script.blocks[last.block];
  if (last && lastBlock && onScreen(lastBlock) && script.item(last)) return last;
  return script.firstFrom(sectionAtLine(script));
}
