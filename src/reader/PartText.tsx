import type { PartView } from '../reading/article-view';
import type { Segment } from '../reading/glossary-marks';
import { useArticleLabels } from './ArticleLabels';
import { MarkedText } from './MarkedText';

/** Plain mode, a part without a plain version: say in words that the original follows. */
export function OriginalWording() {
  const { ui, originalWording } = useArticleLabels();
  return (
    <p className="original-wording" {...ui}>
      {originalWording}
    </p>
  );
}

/** Both mode: the plain version after the original, labelled and set apart. */
export function PlainVersion({ paragraphs, unit }: { paragraphs: readonly Segment[][]; unit: string }) {
  const { ui, inPlainWords } = useArticleLabels();
  return (
    <div className="plain-version">
      <p className="plain-label" {...ui}>
        {inPlainWords}
      </p>
      {paragraphs.map((segments, index) => (
        <p key={index}>
          <MarkedText segments={segments} unit={unit} />
        </p>
      ))}
    </div>
  );
}

/** One part (answer or passage) as its mode shows it. */
export function PartText({ part, unit }: { part: PartView; unit: string }) {
  return (
    <>
      {part.fallback && <OriginalWording />}
      {part.paragraphs.map((segments, index) => (
        <p key={index}>
          <MarkedText segments={segments} unit={unit} />
        </p>
      ))}
      {part.plainAfter !== null && <PlainVersion paragraphs={part.plainAfter} unit={unit} />}
    </>
  );
}
