import { createContext, useContext, type ReactNode } from 'react';
import { useArticleLabels } from './ArticleLabels';
import { useUiLanguage } from './useUiLanguage';

interface SectionProps {
  id: string;
  heading: string;
  children: ReactNode;
  className?: string;
}

/** The sections long enough to end with "Back to top" (reading/long-parts.ts), given by the article. */
export const LongParts = createContext<ReadonlySet<string>>(new Set());

/**
 * A section of the article with its heading in the interface's language. Not a named region: the
 * heading already says what it is, and a landmark per section would make a screen reader say it twice.
 * A long one ends with "Back to top", a link to the contents, shown while the contents are at the top
 * (contents.css hides it where they stay beside the article).
 */
export function Section({ id, heading, children, className }: SectionProps) {
  const ui = useUiLanguage();
  const long = useContext(LongParts).has(id);
  const { backToTop } = useArticleLabels();
  return (
    <section className={className}>
      <h2 id={id} {...ui}>
        {heading}
      </h2>
      {children}
      {long && (
        <div className="back-to-top" {...ui}>
          <a href="#contents-heading">{backToTop}</a>
        </div>
      )}
    </section>
  );
}
