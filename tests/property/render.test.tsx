// The article renders every document the contract allows, in every reading mode: it never throws, shows
// each question, answer and plain version exactly once (shown.ts), and every id in the page is unique,
// with every in-page link and label pointing at an element that is there.
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { READING_MODES } from '../../src/preferences/preferences';
import { Article } from '../../src/reader/Article';
import { renderWithProviders } from '../unit/render';
import { interviewArb } from './arbitraries';
import { expectedInMode, shownInMode } from './shown';
import { runs, TIMEOUT_MS } from './settings';

afterEach(() => cleanup());

function idsAndReferences(root: HTMLElement) {
  const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  const known = new Set(ids);
  const references = [
    ...[...root.querySelectorAll('a[href^="#"]')].map((a) =>
      decodeURIComponent(a.getAttribute('href')?.slice(1) ?? ''),
    ),
    ...[...root.querySelectorAll('[aria-labelledby]')].flatMap((e) =>
      (e.getAttribute('aria-labelledby') ?? '').split(' '),
    ),
  ];
  return { duplicates, missing: references.filter((id) => !known.has(id)) };
}

describe('the article, for any valid document', { timeout: TIMEOUT_MS }, () => {
  it.each(READING_MODES)(
    'in %s mode never throws, shows every part exactly once, and has unique ids',
    (mode) => {
      fc.assert(
        fc.property(interviewArb, (doc) => {
          const { container, unmount } = renderWithProviders(<Article interview={doc} />, {
            preferences: { mode },
          });
          try {
            expect(shownInMode(container, mode)).toEqual(expectedInMode(doc, mode));
            expect(idsAndReferences(container)).toEqual({ duplicates: [], missing: [] });
            // Text is always text: nothing from the document became an element.
            expect(container.querySelector('script, img, b, iframe')).toBeNull();
          } finally {
            unmount();
          }
        }),
        { numRuns: runs(25) },
      );
    },
  );
});
