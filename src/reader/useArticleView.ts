// The view model for the article. A prerendered interview is hydrated whole (it must match the HTML).
// One loaded through ?src= with many exchanges is drawn a part at a time: the first questions are on
// screen at once, and the rest follow in steps that each leave the page free to scroll, type and read,
// until the whole interview is in the DOM (find in page and screen readers need all of it).
import { startTransition, use, useEffect, useMemo, useState } from 'react';
import type { Interview } from '../interview/generated/interview';
import { sharedArticleBuilder, type ArticleView } from '../reading/article-view';
import { ARTICLE_GREW } from '../navigation/article-growth';
import { LONG_INTERVIEW } from '../reading/parts';
import { viewAhead } from './view-ahead';

/**
 * Up to this many exchanges, the article is drawn in one go; a long one (in parts, see parts.ts) in
 * steps. At 150, a hundred long exchanges were one task of 160 ms on this machine, four times that
 * on a slow phone.
 */
const AT_ONCE = LONG_INTERVIEW;
/** The first part: more than fills any screen. */
const FIRST = 40;
/** Each later part: about 20 ms of marking and a commit well under the 200 ms of a long task. */
const STEP = 400;

export function useArticleView(interview: Interview, progressive: boolean): ArticleView {
  // A prerendered page's view is being made ahead (view-ahead.ts): wait for it, HTML left as it is.
  const ahead = viewAhead(interview);
  if (ahead !== undefined) use(ahead);
  const builder = useMemo(() => sharedArticleBuilder(interview), [interview]);
  const partial = progressive && builder.total > AT_ONCE;
  const [shown, setShown] = useState(() => ({ interview, count: partial ? FIRST : builder.total }));
  const count = shown.interview === interview ? shown.count : partial ? FIRST : builder.total;
  const view = useMemo(() => builder.view(count), [builder, count]);

  useEffect(() => {
    document.dispatchEvent(new Event(ARTICLE_GREW));
    if (count >= builder.total) return;
    // A task of its own for each step: input and painting go first.
    const timer = setTimeout(() =>
      startTransition(() => setShown({ interview, count: Math.min(builder.total, count + STEP) })),
    );
    return () => clearTimeout(timer);
  }, [builder, count, interview]);
  return view;
}
