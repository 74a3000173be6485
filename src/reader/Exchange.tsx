import type { Interview } from '../interview/generated/interview';
import { exchangeFragment, speakerFor, type SpeakerIndex } from '../reading/speakers';
import { SpeakerName } from './SpeakerName';

type ExchangeData = Interview['exchanges'][number];

interface ExchangeProps {
  exchange: ExchangeData;
  speakers: SpeakerIndex;
}

/** One question and its answer: a region named by its question, the speaker named before each turn. */
export function Exchange({ exchange, speakers }: ExchangeProps) {
  const fragment = exchangeFragment(exchange.id);
  const asker = speakerFor(speakers, exchange.question.speaker);
  const answerer = speakerFor(speakers, exchange.answer.speaker);
  return (
    <section className="exchange" aria-labelledby={`${fragment}-text`}>
      <h3 id={fragment} tabIndex={-1} className="question">
        <span className="speaker-label">
          <SpeakerName speaker={asker} />
        </span>{' '}
        <span id={`${fragment}-text`} className="question-text">
          {exchange.question.text}
        </span>
      </h3>
      <div className="answer">
        <p className="speaker-label">
          <SpeakerName speaker={answerer} />
        </p>
        {exchange.answer.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}
