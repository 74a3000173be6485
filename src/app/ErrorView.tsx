import { useTranslation } from 'react-i18next';
import { problemMessage } from '../i18n/i18n';
import type { LoadFailure } from '../interview/load';
import { displayPointer } from '../interview/problems';
import { sentence } from '../i18n/slots';
import { Button } from '../ui/Button';

/** A long list of problems helps nobody past a point; the `validate` command prints them all. */
const MAX_PROBLEMS_SHOWN = 50;

export type Failure = LoadFailure | { kind: 'refused'; src: string };

interface ErrorViewProps {
  failure: Failure;
  url: string | undefined;
  builtInHref: string;
  onRetry: () => void;
}

export function ErrorView({ failure, url, builtInHref, onRetry }: ErrorViewProps) {
  const { t, i18n } = useTranslation();
  const problems =
    failure.kind === 'invalid' ? failure.problems : failure.kind === 'notJson' ? [failure.problem] : [];
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  return (
    <div className="error-view">
      <div role="alert" className="error-summary">
        <h1 id="error-heading">{t('error.heading')}</h1>
        <p>{explain(failure, url, t, i18n.language)}</p>
        {shown.length > 0 && (
          <ul className="problem-list">
            {shown.map((problem, index) => (
              <li key={index}>
                {problem.pointer !== '' && (
                  <>
                    <code>{displayPointer(problem.pointer)}</code>{' '}
                  </>
                )}
                {problemMessage(t, problem)}
              </li>
            ))}
          </ul>
        )}
        {problems.length > shown.length && (
          <p>{t('error.moreProblems', { count: problems.length - shown.length })}</p>
        )}
      </div>
      <div className="error-actions">
        {failure.kind !== 'refused' && <Button onPress={onRetry}>{t('error.retry')}</Button>}
        <a className="button" href={builtInHref}>
          {t('error.builtIn')}
        </a>
      </div>
    </div>
  );
}

function explain(
  failure: Failure,
  url: string | undefined,
  t: ReturnType<typeof useTranslation>['t'],
  locale: string,
) {
  switch (failure.kind) {
    // An address is isolated, left to right, inside the sentence in any language.
    case 'refused':
      return sentence(t, 'error.refused', { src: <bdi dir="ltr">{failure.src}</bdi> });
    case 'notFound':
      return sentence(t, 'error.notFound', { url: <bdi dir="ltr">{url ?? ''}</bdi> });
    case 'http':
      return t('error.http', { status: failure.status });
    case 'network':
      return t('error.network');
    case 'tooLarge':
      return t('error.tooLarge', { limit: formatMegabytes(failure.limitBytes, locale) });
    case 'notJson':
      return t('error.notJson');
    case 'invalid':
      return t('error.invalid', { count: failure.problems.length });
  }
}

function formatMegabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(
    bytes / (1024 * 1024),
  );
}
