import { READ_ALOUD_UI, READ_THIS } from '../services/read-aloud-marker';
import { useArticleLabels } from './ArticleLabels';

/**
 * "Read question aloud" or "Read answer aloud": drawn with the article (prerendered, so nothing moves
 * when the script arrives), shown only where the script runs (see read-aloud.css), and answered by one
 * listener on the article (read-aloud/useReadThis.ts). A plain button: 20,000 of them for the largest
 * interview, so no hooks of its own beyond one context read.
 */
export function ReadThis({ part }: { part: 'question' | 'answer' }) {
  const { ui, readQuestion, readAnswer } = useArticleLabels();
  return (
    <button type="button" className={`${READ_ALOUD_UI} button ${READ_THIS}`} data-read={part} {...ui}>
      {part === 'question' ? readQuestion : readAnswer}
    </button>
  );
}
