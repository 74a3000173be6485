// A large interview comes back from the worker in slices (src/interview/handover.ts): whatever its size,
// what is put back together is the interview sent, exchange for exchange, and nothing before it is whole.
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/interview/generated/interview';
import { HANDOVER_SLICE, handoverMessages, handoverReceiver } from '../../src/interview/handover';
import type { LoadResult } from '../../src/interview/outcome';
import { builtInText } from './fixtures';

function withExchanges(count: number): Interview {
  const interview = JSON.parse(builtInText()) as Interview;
  const [model] = interview.exchanges;
  const exchanges = Array.from({ length: count }, (_, index) => ({ ...model, id: `exchange-${index + 1}` }));
  return { ...interview, exchanges: exchanges as Interview['exchanges'] };
}

/** Sends `result` as the worker does, through structuredClone as postMessage would. */
function roundTrip(result: LoadResult): { results: (LoadResult | undefined)[]; messages: number } {
  const receive = handoverReceiver();
  const results = [...handoverMessages(result)].map((message) => receive(structuredClone(message)));
  return { results, messages: results.length };
}

describe('handing a large interview over from the worker', () => {
  it.each([1, HANDOVER_SLICE - 1, HANDOVER_SLICE, HANDOVER_SLICE + 1, 2_345])(
    'puts %i exchanges back together in order, whole only at the last message',
    (count) => {
      const interview = withExchanges(count);
      const { results, messages } = roundTrip({ ok: true, interview });
      expect(messages).toBe(Math.ceil(count / HANDOVER_SLICE));
      expect(results.slice(0, -1).every((result) => result === undefined)).toBe(true);
      expect(results.at(-1)).toEqual({ ok: true, interview });
    },
  );

  it('hands a refusal over whole, in one message', () => {
    const refused: LoadResult = {
      ok: false,
      failure: { kind: 'invalid', problems: [{ pointer: '/title', code: 'required', params: {} }] },
    };
    expect(roundTrip(refused)).toEqual({ results: [refused], messages: 1 });
  });
});
