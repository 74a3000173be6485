import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { onArticleGrew } from '../navigation/article-growth';
import { readingLine } from '../navigation/sticky-banner';
import { questionAtLine, questionContaining, questionHeadings } from '../navigation/questions';
import { wholeNumbers } from '../reading/locale';

/**
 * "Question 3 of 6" for the question in view or focused (WCAG 2.4.8). Plain text in the banner, not a
 * live region: a screen reader finds it when it looks, and is not interrupted on every scroll.
 */
export function WhereAmI({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const total = interview.exchanges.length;
  const index = useCurrentQuestion(interview);
  const number = wholeNumbers(i18n.language);
  return (
    <p className="where-am-i">
      {index < 0
        ? t('whereAmI.count', { count: total, total: number.format(total) })
        : t('whereAmI.position', {
            current: number.format(index + 1),
            total: number.format(total),
            count: total,
          })}
    </p>
  );
}

function useCurrentQuestion(interview: Interview): number {
  const [index, setIndex] = useState(-1);
  useEffect(() => {
    let frame = 0;
    let headings = questionHeadings(interview);
    const fresh = () => {
      if (headings.some((heading) => !heading.isConnected)) headings = questionHeadings(interview);
      return headings;
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setIndex(questionAtLine(fresh(), readingLine())));
    };
    const onFocus = (event: FocusEvent) => {
      const focused = questionContaining(fresh(), event.target instanceof Element ? event.target : null);
      if (focused !== -1) setIndex(focused);
    };
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('focusin', onFocus);
    // More questions drawn (a long interview arrives in parts): count them too.
    const stopGrowing = onArticleGrew(() => {
      // Drawn in order: only the new part's headings are looked for, not 10,000 again at every part.
      headings = fresh().concat(questionHeadings(interview, document, headings.length));
      onScroll();
    });
    return () => {
      stopGrowing();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('focusin', onFocus);
    };
  }, [interview]);
  return index;
}
