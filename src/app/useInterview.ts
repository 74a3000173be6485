import { useCallback, useEffect, useRef, useState } from 'react';
import type { Interview } from '../interview/generated/interview';
import type { LoadResult } from '../interview/outcome';
import { nextTask } from '../services/next-task';
import { sharedArticleBuilder } from '../reading/article-view';
import { LONG_INTERVIEW } from '../reading/parts';
import type { SourceChoice } from '../interview/source';
import type { Failure } from './ErrorView';

export type InterviewState =
  { status: 'loading' } | { status: 'loaded'; interview: Interview } | { status: 'error'; failure: Failure };

const LOADING: InterviewState = { status: 'loading' };

interface Loading {
  state: InterviewState;
  /** Loads the interview again (after a failure, or after cancelling). */
  retry: () => void;
  /** Stops loading; the error view then offers to try again. */
  cancel: () => void;
}

/**
 * Loads the chosen interview. A server that sends nothing for a while ends in a timeout failure
 * (load.ts); the reader can also stop sooner. A prerendered interview is already in the page: nothing
 * is fetched.
 */
export function useInterview(source: SourceChoice, prerendered?: Interview): Loading {
  const [attempt, setAttempt] = useState(0);
  // The outcome remembers which request it answers, so a retry shows "loading" until its own answer.
  const [outcome, setOutcome] = useState<{ request: string; state: InterviewState }>();
  const controller = useRef<AbortController>(undefined);
  const href = source.ok ? source.url.href : undefined;
  const request = `${attempt} ${href ?? ''}`;

  useEffect(() => {
    if (href === undefined || prerendered !== undefined) return;
    const current = new AbortController();
    controller.current = current;
    // The loader comes only with an interview to fetch: a prerendered page never needs it.
    import('../interview/load')
      .then(
        ({ loadInterview }) => loadInterview(new URL(href), { signal: current.signal }),
        // Its code could not be fetched: the network failed, and the reader can try again.
        (): LoadResult => ({ ok: false, failure: { kind: 'network' } }),
      )
      .then(
        async (result) => {
          if (current.signal.aborted) return;
          // A long interview's reading time counts every word, a tenth of a second or more at 10,000
          // exchanges: counted in a task of its own, not inside the task that draws its first part.
          if (result.ok && result.interview.exchanges.length > LONG_INTERVIEW) {
            await nextTask();
            sharedArticleBuilder(result.interview).view(0);
            await nextTask();
            if (current.signal.aborted) return;
          }
          const state: InterviewState = result.ok
            ? { status: 'loaded', interview: result.interview }
            : { status: 'error', failure: result.failure };
          setOutcome({ request, state });
        },
        () => {
          // Aborted because the component went away, a retry began or the reader cancelled.
        },
      );
    return () => current.abort();
  }, [href, request, prerendered]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const cancel = useCallback(() => {
    controller.current?.abort();
    setOutcome({ request, state: { status: 'error', failure: { kind: 'cancelled' } } });
  }, [request]);
  if (prerendered !== undefined) {
    return { state: { status: 'loaded', interview: prerendered }, retry, cancel };
  }
  if (!source.ok) {
    return { state: { status: 'error', failure: { kind: 'refused', src: source.src } }, retry, cancel };
  }
  return { state: outcome?.request === request ? outcome.state : LOADING, retry, cancel };
}
