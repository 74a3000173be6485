import { useCallback, useEffect, useState } from 'react';
import type { Interview } from '../interview/generated/interview';
import { loadInterview, type LoadFailure } from '../interview/load';
import type { SourceChoice } from '../interview/source';

export type InterviewState =
  | { status: 'loading' }
  | { status: 'loaded'; interview: Interview }
  | { status: 'error'; failure: LoadFailure | { kind: 'refused'; src: string } };

const LOADING: InterviewState = { status: 'loading' };

/**
 * Loads the chosen interview; `retry` loads it again after a failure. A prerendered interview is
 * already in the page: nothing is fetched.
 */
export function useInterview(
  source: SourceChoice,
  prerendered?: Interview,
): { state: InterviewState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  // The outcome remembers which request it answers, so a retry shows "loading" until its own answer.
  const [outcome, setOutcome] = useState<{ request: string; state: InterviewState }>();
  const href = source.ok ? source.url.href : undefined;
  const request = `${attempt} ${href ?? ''}`;

  useEffect(() => {
    if (href === undefined || prerendered !== undefined) return;
    const controller = new AbortController();
    loadInterview(new URL(href), { signal: controller.signal }).then(
      (result) => {
        const state: InterviewState = result.ok
          ? { status: 'loaded', interview: result.interview }
          : { status: 'error', failure: result.failure };
        setOutcome({ request, state });
      },
      () => {
        // Aborted because the component went away or a retry began: nothing to show.
      },
    );
    return () => controller.abort();
  }, [href, request, prerendered]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (prerendered !== undefined) return { state: { status: 'loaded', interview: prerendered }, retry };
  if (!source.ok) return { state: { status: 'error', failure: { kind: 'refused', src: source.src } }, retry };
  return { state: outcome?.request === request ? outcome.state : LOADING, retry };
}
