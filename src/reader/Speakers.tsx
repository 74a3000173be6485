import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../i18n/labels';
import type { Interview } from '../interview/generated/interview';
import { useUiLanguage } from './useUiLanguage';

interface SpeakersProps {
  speakers: Interview['speakers'];
  contentLang: { lang: string; dir: 'ltr' | 'rtl' };
}

/** Everyone who speaks, with the short name used beside their turns and what they do. */
export function Speakers({ speakers, contentLang }: SpeakersProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  return (
    <section className="speakers">
      <h2 id="speakers-heading" {...ui}>
        {t('article.speakersHeading')}
      </h2>
      <ul>
        {speakers.map((speaker) => (
          <li key={speaker.id}>
            <strong>{speaker.name}</strong>
            {speaker.shortName !== undefined && speaker.shortName !== speaker.name && (
              <> ({speaker.shortName})</>
            )}
            <span {...ui}>{t('article.speakerRole', { role: t(ROLE_LABELS[speaker.role]) })}</span>
            {speaker.description !== undefined && (
              <span className="speaker-description" {...contentLang}>
                {' '}
                {speaker.description}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
