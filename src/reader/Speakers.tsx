import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../i18n/labels';
import type { Interview } from '../interview/generated/interview';
import { useUiLanguage } from './useUiLanguage';

interface SpeakersProps {
  speakers: Interview['speakers'];
  contentLang: { lang: string; dir: 'ltr' | 'rtl' };
}

/**
 * Everyone who speaks, with the short name used beside their turns and what they do: a sentence in
 * the interface's language and direction, each name isolated in it (<bdi>), so a name never pulls the
 * punctuation around it to its side, nor reverses what follows it.
 */
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
          <li key={speaker.id} {...ui}>
            <strong>
              <bdi lang={contentLang.lang}>{speaker.name}</bdi>
            </strong>
            {speaker.shortName !== undefined && speaker.shortName !== speaker.name && (
              <>
                {' ('}
                <bdi lang={contentLang.lang}>{speaker.shortName}</bdi>)
              </>
            )}
            {t('article.speakerRole', { role: t(ROLE_LABELS[speaker.role]) })}
            {speaker.description !== undefined && (
              <>
                {/* The space between the two sentences is the interface's: inside the description's
                    isolate it would land at the far end of a right-to-left line. */}{' '}
                <span className="speaker-description" {...contentLang}>
                  {speaker.description}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
