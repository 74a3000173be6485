// Which question the reader is at, found by a binary search over the headings. In a long interview the
// browser skips laying out parts off screen, and asking a heading inside one for its place lays the
// part out: the search asks the part first, and only headings of the part at the line are measured.
import { describe, expect, it } from 'vitest';
import { questionAtLine } from '../../src/navigation/questions';
import { EXCHANGE_PART_CLASS } from '../../src/reading/parts';

const HEADING_GAP = 100;

/** `parts` parts of `perPart` headings, 100 px apart; counts every heading asked for its place. */
function article(parts: number, perPart: number) {
  const asked: number[] = [];
  const headings: HTMLElement[] = [];
  for (let p = 0; p < parts; p++) {
    const part = document.createElement('div');
    part.className = EXCHANGE_PART_CLASS;
    const partTop = p * perPart * HEADING_GAP;
    part.getBoundingClientRect = () => new DOMRect(0, partTop, 100, perPart * HEADING_GAP);
    for (let h = 0; h < perPart; h++) {
      const index = headings.length;
      const heading = document.createElement('h3');
      heading.getBoundingClientRect = () => {
        asked.push(index);
        return new DOMRect(0, index * HEADING_GAP, 100, 20);
      };
      part.append(heading);
      headings.push(heading);
    }
  }
  return { headings, asked };
}

describe('the question at the reading line', () => {
  it.each([
    [-50, -1],
    [0, 0],
    [99, 0],
    [4_950, 49],
    [5_000, 50],
    [123_456, 1_234],
    [10_000_000, 9_999],
  ])('at %i px is question index %i', (line, expected) => {
    const { headings } = article(200, 50);
    expect(questionAtLine(headings, line)).toBe(expected);
  });

  it('measures only headings in the part at the line, never one in a part above or below it', () => {
    const { headings, asked } = article(200, 50);
    questionAtLine(headings, 123_456);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((index) => Math.floor(index / 50) === 24)).toBe(true);
  });

  it('measures the headings themselves where the interview is not in parts', () => {
    const headings = Array.from({ length: 6 }, (_, index) => {
      const heading = document.createElement('h3');
      heading.getBoundingClientRect = () => new DOMRect(0, index * HEADING_GAP, 100, 20);
      return heading;
    });
    expect(questionAtLine(headings, 250)).toBe(2);
    expect(questionAtLine([], 250)).toBe(-1);
  });
});
