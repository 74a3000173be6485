// Line focus geometry, pure: the text's lines as vertical extents, the band of N lines around one,
// and the dimmed stretches of the window outside the band (and outside anything that must never be
// dimmed: the focused element, the banner).

export interface Extent {
  top: number;
  bottom: number;
}

/** Client rects of text into lines: rects that overlap vertically are one line. Sorted, merged. */
export function mergeLines(rects: Iterable<Extent>): Extent[] {
  const sorted = [...rects].filter((rect) => rect.bottom > rect.top).sort((a, b) => a.top - b.top);
  const lines: Extent[] = [];
  for (const rect of sorted) {
    const last = lines.at(-1);
    // Same line when most of the shorter one overlaps (a larger glyph run may stand taller).
    const overlap = last ? Math.min(last.bottom, rect.bottom) - Math.max(last.top, rect.top) : 0;
    if (last && overlap > 0.5 * Math.min(last.bottom - last.top, rect.bottom - rect.top)) {
      last.top = Math.min(last.top, rect.top);
      last.bottom = Math.max(last.bottom, rect.bottom);
    } else {
      lines.push({ top: rect.top, bottom: rect.bottom });
    }
  }
  return lines;
}

/** The index of the line at `y`, or the nearest one. -1 when there are none. */
export function lineAt(lines: readonly Extent[], y: number): number {
  let best = -1;
  let distance = Infinity;
  lines.forEach((line, index) => {
    const away = y < line.top ? line.top - y : y > line.bottom ? y - line.bottom : 0;
    if (away < distance) {
      best = index;
      distance = away;
    }
  });
  return best;
}

/**
 * `count` lines with line `index` in the middle (or as near it as the lines allow). Lines above `top`
 * (under the banner) are not wasted on the band: it then runs down from the current line.
 */
export function bandAround(
  lines: readonly Extent[],
  index: number,
  count: number,
  top = -Infinity,
): Extent | null {
  if (lines.length === 0 || index < 0 || index >= lines.length) return null;
  const size = Math.min(count, lines.length);
  let first = Math.max(0, Math.min(index - Math.floor((size - 1) / 2), lines.length - size));
  while (first < index && (lines[first]?.top ?? 0) < top && first + size < lines.length) first++;
  const start = lines[first]?.top;
  const end = lines[first + size - 1]?.bottom;
  return start === undefined || end === undefined ? null : { top: start, bottom: end };
}

/** The stretches between `top` and `bottom` not covered by any of `holes`: what is dimmed. */
export function dimmed(top: number, bottom: number, holes: readonly Extent[]): Extent[] {
  const sorted = holes.filter((hole) => hole.bottom > hole.top).sort((a, b) => a.top - b.top);
  const stretches: Extent[] = [];
  let from = top;
  for (const hole of sorted) {
    if (hole.top > from) stretches.push({ top: from, bottom: Math.min(hole.top, bottom) });
    from = Math.max(from, hole.bottom);
    if (from >= bottom) break;
  }
  if (from < bottom) stretches.push({ top: from, bottom });
  return stretches.filter((stretch) => stretch.bottom > stretch.top);
}
