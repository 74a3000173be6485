import { memo } from 'react';
import type { ExchangeView } from '../reading/article-view';
import { MarkedText } from './MarkedText';
import { OriginalWording, PartText, PlainVersion } from './PartText';
import { QuestionLink } from './QuestionLink';
import { ReadThis } from './ReadThis';
import { SpeakerName } from './SpeakerName';

/**
 * One question and its answer. The heading is the question alone, so a list of headings reads as the
 * questions; who asks is said once, just before it. Memoised: a long interview is drawn a part at a
 * time, and the exchanges already there must not be drawn again with each part.
 */
export const Exchange = memo(function Exchange({ view }: { view: ExchangeView }) {
  const { fragment, question } = view;
  return (
    <section className="exchange">
      <p className="speaker-label">
        <SpeakerName id={view.asker} />
      </p>
      <h3 id={fragment} className="question">
        {question.plain === null ? (
          <>
            <span className="question-words">
              <MarkedText segments={question.original} unit={fragment} variant="original" />
            </span>{' '}
            <OriginalWording inline />
          </>
        ) : (
          <>
            <span className="question-words" data-show="original both">
              <MarkedText segments={question.original} unit={fragment} variant="original" />
            </span>
            <span className="question-words" data-show="plain">
              <MarkedText segments={question.plain} unit={fragment} variant="plain" />
            </span>
          </>
        )}
      </h3>
      <div className="question-tools">
        <ReadThis part="question" />
        <QuestionLink fragment={fragment} number={view.number} />
      </div>
      {question.plainParagraphs !== null && (
        <div data-show="both">
          <PlainVersion paragraphs={question.plainParagraphs} unit={`${fragment}_q`} />
        </div>
      )}
      <div className="answer">
        <p className="speaker-label">
          <SpeakerName id={view.answerer} />
        </p>
        <ReadThis part="answer" />
        <PartText part={view.answer} unit={fragment} />
      </div>
    </section>
  );
});
