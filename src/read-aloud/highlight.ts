// The sentence and word being spoken, shown with the CSS Custom Highlight API: no element is added
// or changed, so React's tree, find-in-page and screen readers see the text exactly as before.
// read-aloud.css styles ::highlight(read-aloud-sentence) and ::highlight(read-aloud-word).

export const SENTENCE_HIGHLIGHT = 'read-aloud-sentence';
export const WORD_HIGHLIGHT = 'read-aloud-word';

function registry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

function show(name: string, range: Range | null): void {
  const highlights = registry();
  if (highlights === undefined) return;
  if (range === null) highlights.delete(name);
  else highlights.set(name, new Highlight(range));
}

export function highlightSentence(range: Range | null): void {
  show(SENTENCE_HIGHLIGHT, range);
  show(WORD_HIGHLIGHT, null);
}

export function highlightWord(range: Range | null): void {
  show(WORD_HIGHLIGHT, range);
}

export function clearHighlights(): void {
  show(SENTENCE_HIGHLIGHT, null);
  show(WORD_HIGHLIGHT, null);
}
