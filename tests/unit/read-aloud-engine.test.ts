// The read-aloud queue against a recording stand-in for speechSynthesis (same calls, same events):
// what is said, in which language, in what order, and that only one utterance is ever queued.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  KEEP_ALIVE_MS,
  ReadAloudEngine,
  type Cursor,
  type Said,
  type SynthLike,
  type UtteranceLike,
} from '../../src/read-aloud/engine';

class FakeSynth implements SynthLike {
  queue: UtteranceLike[] = [];
  spoken: { text: string; lang: string; rate: number; voice: string | undefined }[] = [];
  calls: string[] = [];
  paused = false;
  speak(utterance: UtteranceLike) {
    this.queue.push(utterance);
    this.spoken.push({
      text: utterance.text,
      lang: utterance.lang,
      rate: utterance.rate,
      voice: utterance.voice?.name,
    });
  }
  cancel() {
    this.calls.push('cancel');
    const dropped = this.queue.splice(0);
    for (const utterance of dropped) utterance.onerror?.({ error: 'interrupted' });
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  /** The voice finishes the utterance it is saying. */
  finish() {
    const utterance = this.queue.shift();
    utterance?.onend?.(new Event('end'));
  }
}

const voice = (name: string, lang: string, localService = true) =>
  ({ name, lang, voiceURI: name, localService, default: false }) as SpeechSynthesisVoice;

/** A cursor over a list: index positions. */
function listCursor(items: Said[]): Cursor<number> {
  return {
    item: (position) => items[position],
    next: (position) => (position + 1 < items.length ? position + 1 : undefined),
    previous: (position) => (position > 0 ? position - 1 : undefined),
  };
}

const interview: Said[] = [
  { text: 'Entertainment Weekly:', lang: 'en', speaker: true },
  { text: 'What did you learn?', lang: 'en' },
  { text: 'Riz Ahmed:', lang: 'en', speaker: true },
  { text: 'To listen.', lang: 'en' },
  { text: 'In plain words', lang: 'es' },
  { text: 'Stillness.', lang: 'en' },
];

function setup(voices = [voice('English', 'en-GB')]) {
  const synth = new FakeSynth();
  const events = {
    spoken: [] as number[],
    words: [] as [number, number][],
    finished: 0,
    errors: [] as string[],
  };
  const states: string[] = [];
  const engine = new ReadAloudEngine<number>({
    synth,
    createUtterance: (text) => ({
      text,
      lang: '',
      rate: 1,
      voice: null,
      onstart: null,
      onend: null,
      onerror: null,
      onboundary: null,
    }),
    voiceFor: (lang) => voices.find((candidate) => candidate.lang.startsWith(lang)),
    rate: () => 1.5,
    onState: (status) => states.push(status),
    onSpeak: (position) => events.spoken.push(position),
    onWord: (position, index) => events.words.push([position, index]),
    onFinish: () => events.finished++,
    onError: (error) => events.errors.push(error),
  });
  return { synth, engine, events, states, cursor: listCursor(interview) };
}

afterEach(() => vi.useRealTimers());

describe('the read-aloud queue', () => {
  it('says each item in order, one utterance at a time, at the chosen speed and language', () => {
    const { synth, engine, cursor, events } = setup();
    engine.play(cursor, 0);
    for (let step = 0; step < 5; step++) {
      expect(synth.queue).toHaveLength(1);
      synth.finish();
    }
    // "In plain words" is Spanish and there is no Spanish voice: skipped, not mispronounced.
    expect(synth.spoken.map(({ text }) => text)).toEqual([
      'Entertainment Weekly:',
      'What did you learn?',
      'Riz Ahmed:',
      'To listen.',
      'Stillness.',
    ]);
    expect(
      synth.spoken.every(({ lang, rate, voice }) => lang === 'en' && rate === 1.5 && voice === 'English'),
    ).toBe(true);
    expect(events.finished).toBe(1);
    expect(engine.status).toBe('idle');
  });

  it('pauses by stopping the voice, and resumes from the start of the same sentence', () => {
    const { synth, engine, cursor, states } = setup();
    engine.play(cursor, 1);
    engine.pause();
    expect(engine.status).toBe('paused');
    expect(synth.queue).toHaveLength(0);
    engine.resume();
    expect(synth.spoken.map(({ text }) => text)).toEqual(['What did you learn?', 'What did you learn?']);
    expect(states).toEqual(['playing', 'paused', 'playing']);
  });

  it('ignores the late events of an utterance it abandoned', () => {
    const { synth, engine, cursor, events } = setup();
    engine.play(cursor, 1);
    const abandoned = synth.queue[0];
    engine.next();
    abandoned?.onend?.(new Event('end'));
    abandoned?.onboundary?.({ name: 'word', charIndex: 3 });
    expect(synth.spoken.map(({ text }) => text)).toEqual(['What did you learn?', 'To listen.']);
    expect(events.words).toEqual([]);
    expect(events.errors).toEqual([]);
  });

  it('steps to the next and previous sentence over speaker names, while playing and while paused', () => {
    const { synth, engine, cursor, events } = setup();
    engine.play(cursor, 1);
    expect(engine.next()).toBe(true);
    expect(engine.position).toBe(3);
    engine.pause();
    expect(engine.previous()).toBe(true);
    expect(engine.position).toBe(1);
    expect(engine.status).toBe('paused');
    expect(engine.previous()).toBe(false);
    expect(synth.spoken.map(({ text }) => text)).toEqual(['What did you learn?', 'To listen.']);
    expect(events.spoken).toEqual([1, 3, 1]);
  });

  it('stops, leaving nothing queued and the position where it was', () => {
    const { synth, engine, cursor } = setup();
    engine.play(cursor, 3);
    engine.stop();
    expect(synth.queue).toHaveLength(0);
    expect(engine.status).toBe('idle');
    expect(engine.position).toBe(3);
    expect(engine.next()).toBe(false);
  });

  it('reads a part alone ("Read this") and finishes at its end', () => {
    const { synth, engine, cursor, events } = setup();
    engine.play(cursor, 2, (position) => position >= 2 && position <= 3);
    synth.finish();
    synth.finish();
    expect(synth.spoken.map(({ text }) => text)).toEqual(['Riz Ahmed:', 'To listen.']);
    expect(events.finished).toBe(1);
  });

  it('goes on in the new text after a change of reading mode, playing or paused', () => {
    const { synth, engine, cursor } = setup();
    engine.play(cursor, 1);
    const plain = listCursor([{ text: 'What did you find out?', lang: 'en' }]);
    engine.replace(plain, 0);
    expect(synth.spoken.at(-1)?.text).toBe('What did you find out?');
    engine.pause();
    engine.replace(cursor, 1);
    expect(engine.status).toBe('paused');
    expect(synth.queue).toHaveLength(0);
  });

  it('reports the word the voice is at', () => {
    const { synth, engine, cursor, events } = setup();
    engine.play(cursor, 1);
    synth.queue[0]?.onboundary?.({ name: 'word', charIndex: 5 });
    synth.queue[0]?.onboundary?.({ name: 'sentence', charIndex: 0 });
    expect(events.words).toEqual([[1, 5]]);
  });

  it('stops and reports a voice that fails, but not its own interruptions', () => {
    const { synth, engine, cursor, events } = setup();
    engine.play(cursor, 1);
    synth.queue[0]?.onerror?.({ error: 'synthesis-failed' });
    expect(engine.status).toBe('idle');
    expect(events.errors).toEqual(['synthesis-failed']);
  });

  it('keeps a network voice going with a pause and resume within its cut-off, and a local one alone', () => {
    vi.useFakeTimers();
    const network = setup([voice('Google English', 'en-US', false)]);
    network.engine.play(network.cursor, 1);
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 2 + 1);
    expect(network.synth.calls.filter((call) => call === 'pause')).toHaveLength(2);
    // The next sentence has its own keep-alive, and the finished one's is gone.
    network.synth.finish();
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 3 + 1);
    expect(network.synth.calls.filter((call) => call === 'pause')).toHaveLength(5);
    network.engine.stop();
    const calls = network.synth.calls.length;
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 3);
    expect(network.synth.calls).toHaveLength(calls);

    const local = setup();
    local.engine.play(local.cursor, 1);
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 3);
    expect(local.synth.calls).not.toContain('pause');
    expect(KEEP_ALIVE_MS).toBeLessThan(15_000);
  });
});
