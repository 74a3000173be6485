// A long interview is drawn and laid out in parts of a few dozen exchanges, each skipped by the browser
// while off screen (content-visibility, reader.css): one skipped box per part, not per exchange. Ten
// thousand skipped boxes made every change of reading mode or theme restyle ten thousand of them.

/** From how many exchanges an interview counts as long. */
export const LONG_INTERVIEW = 60;

/** Exchanges (and contents entries) per part. */
export const PART_SIZE = 50;

/** The class of a part of exchanges, the box the browser skips off screen (reader.css). */
export const EXCHANGE_PART_CLASS = 'exchange-part';

/** `items` in runs of `size`, the last one shorter. */
export function inParts<T>(items: readonly T[], size: number = PART_SIZE): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}
