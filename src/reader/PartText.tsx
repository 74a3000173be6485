import { useTranslation } from 'react-i18next';
import type { PartView } from '../reading/article-view';
import type { Segment } from '../reading/glossary-marks';
import { MarkedText } from './MarkedText';
import { useUiLanguage } from './useUiLanguage';

/** Plain mode, a part without a plain version: say in words that the original follows. */
export function OriginalWording() {
  const { t } = useTranslation();
  return (
    <p className="original-wording" {...useUiLanguage()}>
      {t('modes.originalWording')}
    </p>
  );
}

/** Both mode: the plain version after the original, labelled and set apart. */
export function PlainVersion({ paragraphs, unit }: { paragraphs: readonly Segment[][]; unit: string }) {
  const { t } = useTranslation();
  return (
    <div className="plain-version">
      <p className="plain-label" {...useUiLanguage()}>
        {t('modes.inPlainWords')}
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
