import { describe, expect, it } from 'vitest';
import { bandAround, dimmed, lineAt, mergeLines } from '../../src/line-focus/band';

const line = (top: number, bottom: number) => ({ top, bottom });

describe('the lines of text', () => {
  it('merges the rects of one line (a glossary term, a bold word) and keeps lines apart', () => {
    expect(mergeLines([line(40, 72), line(0, 32), line(2, 30), line(-1, 33), line(40, 72)])).toEqual([
      line(-1, 33),
      line(40, 72),
    ]);
  });
  it('drops empty rects', () => {
    expect(mergeLines([line(10, 10), line(0, 32)])).toEqual([line(0, 32)]);
  });
  it('finds the line at a height, or the nearest in a gap', () => {
    const lines = [line(0, 32), line(32, 64), line(100, 132)];
    expect(lineAt(lines, 40)).toBe(1);
    expect(lineAt(lines, 90)).toBe(2);
    expect(lineAt([], 10)).toBe(-1);
  });
});

describe('the band', () => {
  const lines = [0, 1, 2, 3, 4, 5, 6].map((index) => line(index * 32, index * 32 + 32));
  it('holds one line, or three or five with the current line in the middle', () => {
    expect(bandAround(lines, 3, 1)).toEqual(line(96, 128));
    expect(bandAround(lines, 3, 3)).toEqual(line(64, 160));
    expect(bandAround(lines, 3, 5)).toEqual(line(32, 192));
  });
  it('stays whole at the first and last lines', () => {
    expect(bandAround(lines, 0, 3)).toEqual(line(0, 96));
    expect(bandAround(lines, 6, 5)).toEqual(line(64, 224));
    expect(bandAround(lines.slice(0, 2), 1, 5)).toEqual(line(0, 64));
    expect(bandAround(lines, 9, 3)).toBeNull();
  });
  it('runs down from the current line rather than under the banner', () => {
    expect(bandAround(lines, 1, 5, 40)).toEqual(line(32, 192));
    expect(bandAround(lines, 3, 3, 70)).toEqual(line(96, 192));
  });
});

describe('what is dimmed', () => {
  it('is the window outside the band', () => {
    expect(dimmed(80, 900, [line(300, 396)])).toEqual([line(80, 300), line(396, 900)]);
  });
  it('leaves the focused element undimmed too, wherever it is', () => {
    expect(dimmed(80, 900, [line(600, 640), line(300, 396)])).toEqual([
      line(80, 300),
      line(396, 600),
      line(640, 900),
    ]);
  });
  it('dims nothing above the banner, and handles holes that overlap or run off the window', () => {
    expect(dimmed(80, 900, [line(0, 120), line(100, 200), line(850, 2000)])).toEqual([line(200, 850)]);
    expect(dimmed(80, 900, [])).toEqual([line(80, 900)]);
  });
});
