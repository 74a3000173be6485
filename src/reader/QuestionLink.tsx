import { useArticleLabels } from './ArticleLabels';
import './question-link.css';

/** The class of the "Copy link" buttons: one listener (LinkCopier) serves them all. */
export const COPY_LINK = 'copy-link';

/**
 * A link to one question, drawn with the article. Without script it is an ordinary link to the
 * question's fragment ("Link to question 3"), which puts the address in the address bar; where script
 * runs it is "Copy link" instead (question-link.css shows one or the other, decided before the first
 * paint, so nothing moves). Like "Read this", no hooks beyond one context read: 10,000 of them.
 */
export function QuestionLink({ fragment, number }: { fragment: string; number: number }) {
  const { ui, copyLink, copyLinkName, linkName } = useArticleLabels();
  return (
    <>
      <a className="button question-link" href={`#${fragment}`} {...ui}>
        {linkName(number)}
      </a>
      <button
        type="button"
        className={`button ${COPY_LINK}`}
        data-fragment={fragment}
        aria-label={copyLinkName(number)}
        {...ui}
      >
        {copyLink}
      </button>
    </>
  );
}
