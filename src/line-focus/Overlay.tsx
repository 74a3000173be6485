import { useEffect, useRef } from 'react';
import { onReadingPosition } from '../services/reading-position';
import { onArticleGrew } from '../navigation/article-growth';
import { stickyOffset } from '../navigation/sticky-banner';
import { isDialogOpen } from '../ui/open-dialog';
import { bandAround, dimmed, lineAt, type Extent } from './band';
import { blockAtY, blockLines, blockOf, linesAround, stepAnchor, textBlocks, type Anchor } from './lines';
import './line-focus.css';

const STRETCHES = 3;

/**
 * The dimmed stretches around the band. The band follows the arrow keys (a line at a time), focus
 * (j and k, links, Tab), the pointer and read aloud. The banner and the focused element are never dimmed.
 */
export function Overlay({ count }: { count: number }) {
  const stretches = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(() => {
    const article = document.querySelector('main article');
    if (article === null) return;
    let blocks = textBlocks(article);
    let anchor: Anchor | null = null;
    let frame = 0;
    let pointerY: number | null = null;

    const fresh = () => {
      if (anchor && !anchor.block.isConnected) anchor = null;
      if (blocks.some((block) => !block.isConnected)) blocks = textBlocks(article);
    };
    const draw = () => {
      fresh();
      if (anchor === null) {
        const index = blockAtY(blocks, stickyOffset() + 1);
        const block = blocks[index];
        anchor = block ? { block, line: 0 } : null;
      }
      const holes: Extent[] = [];
      const top = Math.max(0, document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0);
      if (anchor) {
        const around = linesAround(blocks, anchor, count);
        const band = bandAround(around.lines, around.index, count, top);
        if (band) holes.push(band);
      }
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused !== document.body && focused.matches(':focus-visible'))
        holes.push(focused.getBoundingClientRect());
      const parts = dimmed(top, window.innerHeight, holes);
      stretches.current.forEach((element, index) => {
        const part = parts[index];
        if (element === null) return;
        element.hidden = part === undefined;
        if (part) {
          element.style.top = `${part.top}px`;
          element.style.height = `${part.bottom - part.top}px`;
        }
      });
    };
    const redraw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    };
    const anchorAt = (node: Node, y: number) => {
      fresh();
      const block = blockOf(blocks, node);
      if (block === null) return false;
      anchor = { block, line: Math.max(0, lineAt(blockLines(block), y)) };
      redraw();
      return true;
    };
    const bandInView = () => {
      if (anchor === null) return;
      const line = blockLines(anchor.block)[anchor.line];
      if (line === undefined) return;
      const top = stickyOffset() + 8;
      const bottom = window.innerHeight - 8;
      const shift =
        line.top < top
          ? line.top - top - line.bottom + line.top
          : line.bottom > bottom
            ? line.bottom - bottom + (line.bottom - line.top)
            : 0;
      if (shift === 0) return;
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: shift, behavior: reduce ? 'instant' : 'smooth' });
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (!readingTarget(event.target)) return;
      fresh();
      if (anchor === null) draw();
      const next = anchor && stepAnchor(blocks, anchor, event.key === 'ArrowDown' ? 1 : -1);
      if (!next) return;
      event.preventDefault();
      anchor = next;
      pointerY = null;
      bandInView();
      redraw();
    };
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Element && article.contains(event.target)) {
        pointerY = null;
        anchorAt(event.target, event.target.getBoundingClientRect().top + 1);
      }
      redraw();
    };
    const onPointerMove = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      pointerY = event.clientY;
      if (event.target instanceof Node && article.contains(event.target))
        anchorAt(event.target, event.clientY);
    };
    const onScroll = () => {
      // Scrolling with the wheel: the band stays under the pointer, on the line now there.
      if (pointerY !== null) {
        const y = pointerY;
        const element = document.elementFromPoint(window.innerWidth / 2, y);
        if (element && article.contains(element)) anchorAt(element, y);
      }
      redraw();
    };
    const stopReading = onReadingPosition((range) => {
      if (range === null) return;
      const rect = range.getClientRects()[0];
      if (rect) {
        pointerY = null;
        anchorAt(range.startContainer, rect.top + rect.height / 2);
      }
    });
    // A long interview arrives in parts: the new parts' text is text to focus on too.
    const stopGrowing = onArticleGrew(() => {
      blocks = textBlocks(article);
      redraw();
    });
    const observer = new ResizeObserver(redraw);
    observer.observe(article);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', redraw);
    document.addEventListener('pointermove', onPointerMove, { passive: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', redraw);
    draw();
    return () => {
      cancelAnimationFrame(frame);
      stopGrowing();
      stopReading();
      observer.disconnect();
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', redraw);
      document.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', redraw);
    };
  }, [count]);
  return (
    <div className="line-focus" aria-hidden="true" data-testid="line-focus">
      {Array.from({ length: STRETCHES }, (_, index) => (
        <div
          key={index}
          className="line-focus-dim"
          hidden
          ref={(element) => {
            stretches.current[index] = element;
          }}
        />
      ))}
    </div>
  );
}

/** Arrow keys move the band only where they would otherwise scroll the page, not in a widget. */
function readingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest('input, textarea, select, [contenteditable], [role="dialog"], [role="listbox"]'))
    return false;
  if (target.closest('[role="radiogroup"], [role="toolbar"], [role="slider"], [role="menu"], [role="group"]'))
    return false;
  return !isDialogOpen(target.ownerDocument);
}
