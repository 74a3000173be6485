import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { exchangeFragment } from '../reading/speakers';
import { useUiLanguage } from './useUiLanguage';

interface ContentsProps {
  interview: Interview;
  contentLang: { lang: string; dir: 'ltr' | 'rtl' };
}

/** "Contents": a link to every question, in the document's language, under an interface heading. */
export function Contents({ interview, contentLang }: ContentsProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  return (
    <nav className="contents" aria-labelledby="contents-heading" {...ui}>
      <h2 id="contents-heading">{t('contents.label')}</h2>
      <ol>
        {interview.exchanges.map((exchange) => (
          <li key={exchange.id}>
            <a href={`#${exchangeFragment(exchange.id)}`} {...contentLang}>
              {exchange.question.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
