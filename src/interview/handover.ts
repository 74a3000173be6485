// How a large interview comes back from the worker (interpret.worker.ts → load.ts). Posted as one
// message, 10,000 exchanges took the page's main thread one task of a quarter second and more to
// unpack; in slices, each is unpacked in a task of its own and the page can paint and answer between.
import type { Interview } from './generated/interview';
import type { LoadResult } from './outcome';

/** Exchanges per message. */
export const HANDOVER_SLICE = 500;

type Exchange = Interview['exchanges'][number];

export type HandoverMessage =
  | { kind: 'refused'; result: LoadResult & { ok: false } }
  /** The interview with its first slice of exchanges (the contract asks for at least one). */
  | { kind: 'head'; interview: Interview; total: number }
  | { kind: 'exchanges'; exchanges: Exchange[] };

/** The messages that carry `result`: a refusal whole; an interview with its first exchanges, then the rest. */
export function* handoverMessages(result: LoadResult): Generator<HandoverMessage> {
  if (!result.ok) {
    yield { kind: 'refused', result };
    return;
  }
  const [first, ...others] = result.interview.exchanges;
  const head: Interview['exchanges'] = [first, ...others.slice(0, HANDOVER_SLICE - 1)];
  yield { kind: 'head', interview: { ...result.interview, exchanges: head }, total: others.length + 1 };
  for (let start = HANDOVER_SLICE - 1; start < others.length; start += HANDOVER_SLICE) {
    yield { kind: 'exchanges', exchanges: others.slice(start, start + HANDOVER_SLICE) };
  }
}

/** Puts the messages back together: it answers each with the result once that is whole. */
export function handoverReceiver(): (message: HandoverMessage) => LoadResult | undefined {
  let interview: Interview | undefined;
  let total = 0;
  return (message) => {
    if (message.kind === 'refused') return message.result;
    if (message.kind === 'head') {
      interview = message.interview;
      total = message.total;
    } else if (interview !== undefined) {
      interview.exchanges.push(...message.exchanges);
    }
    return interview !== undefined && interview.exchanges.length === total
      ? { ok: true, interview }
      : undefined;
  };
}
