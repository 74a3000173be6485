import { describe, expect, it } from 'vitest';
import { inParts, PART_SIZE } from '../../src/reading/parts';

describe('a long interview in parts', () => {
  it('keeps every item once, in order, in runs of fifty with a shorter last one', () => {
    const items = Array.from({ length: 10_007 }, (_, index) => index);
    const parts = inParts(items);
    expect(parts.map((part) => part.length)).toEqual([...Array(200).fill(PART_SIZE), 7]);
    expect(parts.flat()).toEqual(items);
    expect(inParts([])).toEqual([]);
  });
});
