// A long interview is drawn a part at a time (reader/useArticleView.ts). Whatever keeps a list of the
// article's elements (the questions, the lines of text) or waits for one (a deep link to question 9,000)
// listens for this event on the document, sent after each part is in the DOM.
export const ARTICLE_GREW = 'article-grew';

/** Calls `listener` after each part of the article is drawn; returns how to stop. */
export function onArticleGrew(listener: () => void, doc: Document = document): () => void {
  doc.addEventListener(ARTICLE_GREW, listener);
  return () => doc.removeEventListener(ARTICLE_GREW, listener);
}
