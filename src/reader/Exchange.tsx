import type { Interview } from '../interview/generated/interview';
import type { ExchangeView } from '../reading/article-view';
import { questionTextId, speakerFor, type SpeakerIndex } from '../reading/speakers';
import { MarkedText } from './MarkedText';
import { OriginalWording, PartText, PlainVersion } from './PartText';
import { SpeakerName } from './SpeakerName';

type ExchangeData = Interview['exchanges'][number];

interface ExchangeProps {
  exchange: ExchangeData;
  view: ExchangeView;
  speakers: SpeakerIndex;
}

/** One question and its answer: a region named by its question, the speaker named before each turn. */
export function Exchange({ exchange, view, speakers }: ExchangeProps) {
  const { fragment } = view;
  const asker = speakerFor(speakers, exchange.question.speaker);
  const answerer = speakerFor(speakers, exchange.answer.speaker);
  return (
    <section className="exchange" aria-labelledby={questionTextId(fragment)}>
      <h3 id={fragment} tabIndex={-1} className="question">
        <span className="speaker-label">
          <SpeakerName speaker={asker} />
        </span>{' '}
        <span id={questionTextId(fragment)} className="question-text">
          <MarkedText segments={view.question} unit={fragment} />
        </span>
      </h3>
      {view.questionFallback && <OriginalWording />}
      {view.questionPlainAfter !== null && (
        <PlainVersion paragraphs={view.questionPlainAfter} unit={fragment} />
      )}
      <div className="answer">
        <p className="speaker-label">
          <SpeakerName speaker={answerer} />
        </p>
        <PartText part={view.answer} unit={fragment} />
      </div>
    </section>
  );
}
