// What read aloud says, taken from the article as it is shown: its blocks (headings, paragraphs, list
// items) in document order, each split into the speaker's name and sentences. Blocks are found once;
// their sentences only when reading reaches them, so a 10,000-question interview costs nothing up front.
import type { Cursor, Said } from './engine';
import { sentenceSpans } from './sentences';
import { READ_ALOUD_UI } from '../services/read-aloud-marker';
import { isShown, rangeOf, textMap, type TextMap } from './text-map';

const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, blockquote';
/** Not read: navigation, the list of people, the byline and reading facts, the glossary, our controls. */
const NOT_READ =
  'nav, .speakers, .byline, .summary-facts, .glossary, .read-aloud-ui, [aria-hidden="true"], [hidden]';
const SPEAKER = '.speaker-label';

export interface Item extends Said {
  block: Element;
  /** The speaker label said, or the sentence's characters in the block's text. */
  label: Element | null;
  map: TextMap;
  start: number;
  end: number;
}

export interface Position {
  block: number;
  item: number;
}

const skipOwn = (element: Element) => element.classList.contains(READ_ALOUD_UI);
const skipLabels = (element: Element) =>
  skipOwn(element) || element.matches(SPEAKER) || element.getAttribute('aria-hidden') === 'true';

function langOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') ?? element.ownerDocument.documentElement.lang;
}

/** The items of one block: each speaker label inside it, then its sentences. */
export function itemsOf(block: Element): Omit<Item, 'block'>[] {
  if (!isShown(block)) return [];
  const lang = langOf(block);
  const labels = block.matches(SPEAKER) ? [block] : [...block.querySelectorAll(SPEAKER)];
  const items: Omit<Item, 'block'>[] = labels.flatMap((label) => {
    const map = textMap(
      label,
      (element) => skipOwn(element) || element.getAttribute('aria-hidden') === 'true',
    );
    const text = map.text.trim();
    return text === '' ? [] : [{ text, lang, speaker: true, label, map, start: 0, end: map.text.length }];
  });
  if (block.matches(SPEAKER)) return items;
  const map = textMap(block, skipLabels);
  for (const span of sentenceSpans(map.text, lang)) {
    items.push({ text: map.text.slice(span.start, span.end), lang, label: null, map, ...span });
  }
  return items;
}

/** The blocks read aloud under `root`, outermost only (a paragraph in a list item is its item's). */
export function readableBlocks(root: Element): Element[] {
  return [...root.querySelectorAll(BLOCKS)].filter(
    (block) => block.closest(NOT_READ) === null && block.parentElement?.closest(BLOCKS) === null,
  );
}

/** The part a block belongs to: an answer, a question (its exchange less the answer), or a section. */
export function partOf(block: Element): Element | null {
  return block.closest('.answer') ?? block.closest('section.exchange, section') ?? null;
}

export function inPart(block: Element, part: Element): boolean {
  if (!part.contains(block)) return false;
  // A question's part is its exchange without the answer.
  return part.matches('.answer') || block.closest('.answer') === null || !part.matches('section.exchange');
}

/** The article as something to read: a cursor over items, positions in document order. */
export class Script implements Cursor<Position> {
  readonly blocks: Element[];
  readonly #items = new Map<number, Item[]>();

  constructor(readonly root: Element) {
    this.blocks = readableBlocks(root);
  }

  items(block: number): Item[] {
    let items = this.#items.get(block);
    const element = this.blocks[block];
    if (items === undefined && element !== undefined) {
      items = itemsOf(element).map((item) => ({ ...item, block: element }));
      this.#items.set(block, items);
    }
    return items ?? [];
  }

  item(position: Position): Item | undefined {
    return this.items(position.block)[position.item];
  }

  /** The first thing to say in block `from` or after it. */
  firstFrom(from: number): Position | undefined {
    for (let block = Math.max(0, from); block < this.blocks.length; block++) {
      if (this.items(block).length > 0) return { block, item: 0 };
    }
    return undefined;
  }

  next({ block, item }: Position): Position | undefined {
    if (item + 1 < this.items(block).length) return { block, item: item + 1 };
    return this.firstFrom(block + 1);
  }

  previous({ block, item }: Position): Position | undefined {
    if (item > 0) return { block, item: item - 1 };
    for (let at = block - 1; at >= 0; at--) {
      const count = this.items(at).length;
      if (count > 0) return { block: at, item: count - 1 };
    }
    return undefined;
  }

  /** The index of the block that is or holds `element`, or of the first block inside it; -1 if none. */
  blockAt(element: Element): number {
    const holding = this.blocks.findIndex((block) => block === element || block.contains(element));
    if (holding !== -1) return holding;
    return this.blocks.findIndex(
      (block) =>
        element.contains(block) || element.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  }

  /** The range to highlight for an item: the whole label for a speaker, else the sentence. */
  rangeOf(position: Position): Range | null {
    const item = this.item(position);
    if (item === undefined) return null;
    if (item.label !== null) {
      const range = item.label.ownerDocument.createRange();
      range.selectNodeContents(item.label);
      return range;
    }
    return rangeOf(item.map, item.start, item.end);
  }

  /** The range of characters `start` to `start + length` of an item's text (a word). */
  subRange(position: Position, start: number, end: number): Range | null {
    const item = this.item(position);
    if (item === undefined || item.label !== null) return null;
    return rangeOf(item.map, item.start + start, item.start + end);
  }
}
