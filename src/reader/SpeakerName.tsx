import { useTranslation } from 'react-i18next';
import type { Speaker } from '../reading/speakers';

/**
 * The speaker before a turn, as a sighted reader sees them ("EW:", the short name when there is one)
 * and as a screen reader says them (always the full name: "E W" read letter by letter helps nobody).
 */
export function SpeakerName({ speaker }: { speaker: Speaker }) {
  const { t } = useTranslation();
  const { name, shortName } = speaker;
  const full = t('article.speakerLabel', { name });
  if (shortName === undefined || shortName === name) return <>{full}</>;
  return (
    <>
      <abbr title={name} aria-hidden="true">
        {t('article.speakerLabel', { name: shortName })}
      </abbr>
      <span className="visually-hidden">{full}</span>
    </>
  );
}
