import type { PartView, Variant } from '../reading/article-view';
import type { Segment } from '../reading/glossary-marks';
import { useArticleLabels } from './ArticleLabels';
import { MarkedText } from './MarkedText';

// Every reading mode is in the page at once; `data-show` names the modes an element shows in, and
// reading-modes.css hides it in the others (by <html data-mode>, or by the checked mode radio when there
// is no script). What is hidden is display:none: neither seen, nor read, nor found by find-in-page.

/** Plain mode, a part without a plain version: say in words that the original follows. */
export function OriginalWording({ inline = false }: { inline?: boolean }) {
  const { ui, originalWording } = useArticleLabels();
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="original-wording" data-show="plain" {...ui}>
      {originalWording}
    </Tag>
  );
}

export function Paragraphs({
  paragraphs,
  unit,
  variant,
}: {
  paragraphs: readonly Segment[][];
  unit: string;
  variant: Variant;
}) {
  return paragraphs.map((segments, index) => (
    <p key={index}>
      <MarkedText segments={segments} unit={unit} variant={variant} />
    </p>
  ));
}

/** The plain version: on its own in plain mode; after the original, labelled and set apart, in both. */
export function PlainVersion({ paragraphs, unit }: { paragraphs: readonly Segment[][]; unit: string }) {
  const { ui, inPlainWords } = useArticleLabels();
  return (
    <div className="plain-version" data-show="plain both">
      <p className="plain-label" data-show="both" {...ui}>
        {inPlainWords}
      </p>
      <Paragraphs paragraphs={paragraphs} unit={unit} variant="plain" />
    </div>
  );
}

/** One part (an answer or a passage) in every mode. */
export function PartText({ part, unit }: { part: PartView; unit: string }) {
  if (part.plain === null) {
    return (
      <>
        <OriginalWording />
        <Paragraphs paragraphs={part.original} unit={unit} variant="original" />
      </>
    );
  }
  return (
    <>
      <div className="original-version" data-show="original both">
        <Paragraphs paragraphs={part.original} unit={unit} variant="original" />
      </div>
      <PlainVersion paragraphs={part.plain} unit={unit} />
    </>
  );
}
