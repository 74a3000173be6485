import { useTranslation } from 'react-i18next';
import { problemMessage } from '../i18n/i18n';
import type { LoadFailure } from '../interview/outcome';
import { displayPointer, previewText } from '../interview/problems';
import { sentence } from '../i18n/slots';
import { numberFormat } from '../reading/locale';
import { Button } from '../ui/Button';

/** A long list of problems helps nobody past a point; the `validate` command prints up to 100. */
const MAX_PROBLEMS_SHOWN = 50;

/** Why there is no interview to show: loading failed, the address was refused, the reader stopped it,
 * or showing it failed (a fault of the reader, caught by the error boundary). */
export type Failure =
  LoadFailure | { kind: 'refused'; src: string } | { kind: 'cancelled' } | { kind: 'render' };

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
  const more = problems.length - shown.length + (failure.kind === 'invalid' ? (failure.omitted ?? 0) : 0);
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
        {more > 0 && <p>{t('error.moreProblems', { count: more })}</p>}
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
    case 'timeout':
      return t('error.timeout');
    case 'otherOrigin':
      return sentence(t, 'error.otherOrigin', { url: <bdi dir="ltr">{url ?? ''}</bdi> });
    case 'notJsonType':
      return sentence(t, 'error.notJsonType', {
        type: <bdi dir="ltr">{previewText(failure.contentType)}</bdi>,
      });
    case 'cancelled':
      return t('error.cancelled');
    case 'render':
      return t('error.render');
    case 'tooLarge':
      return t('error.tooLarge', { limit: formatMegabytes(failure.limitBytes, locale) });
    case 'notJson':
      return t('error.notJson');
    case 'invalid':
      return t('error.invalid', { count: failure.problems.length + (failure.omitted ?? 0) });
  }
}

function formatMegabytes(bytes: number, locale: string): string {
  return numberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(
    bytes / (1024 * 1024),
  );
}
