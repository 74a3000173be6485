// loadVoices against a speech system that answers as real ones do: Chromium with speech-dispatcher
// says "no voices" at once and lists them later; Chrome with no speech service only says "none".
import { afterEach, describe, expect, it, vi } from 'vitest';

type Voices = { lang: string; name: string }[];

/** A speechSynthesis whose voices and voiceschanged events the test sets by hand. */
function fakeSynthesis() {
  let voices: Voices = [];
  const target = new EventTarget();
  const synth = {
    getVoices: () => voices,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  };
  vi.stubGlobal('speechSynthesis', synth);
  return {
    answer(list: Voices) {
      voices = list;
      target.dispatchEvent(new Event('voiceschanged'));
    },
  };
}

/** The module afresh: it remembers, per page, when the system first answered. */
async function freshLoadVoices() {
  vi.resetModules();
  return (await import('../../src/services/speech-voices')).loadVoices;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const english = [{ lang: 'en-US', name: 'English (America)' }];

describe('loadVoices', () => {
  it('waits past an early answer with no voices for the list that follows it', async () => {
    vi.useFakeTimers();
    const system = fakeSynthesis();
    const loadVoices = await freshLoadVoices();
    const loading = loadVoices();
    system.answer([]);
    let result: unknown;
    void loading.then((list) => (result = list));
    await vi.advanceTimersByTimeAsync(1300);
    expect(result).toBeUndefined();
    system.answer(english);
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ status: 'ready', voices: english });
  });

  it('also waits when asked only after that early empty answer', async () => {
    vi.useFakeTimers();
    const system = fakeSynthesis();
    const loadVoices = await freshLoadVoices();
    void loadVoices();
    system.answer([]);
    await vi.advanceTimersByTimeAsync(500);
    const asked = loadVoices();
    await vi.advanceTimersByTimeAsync(800);
    system.answer(english);
    await expect(asked).resolves.toEqual({ status: 'ready', voices: english });
  });

  it('believes "no voices" once the grace after that answer has passed', async () => {
    vi.useFakeTimers();
    const system = fakeSynthesis();
    const loadVoices = await freshLoadVoices();
    const loading = loadVoices(12_000, 5_000);
    system.answer([]);
    let result: unknown;
    void loading.then((list) => (result = list));
    await vi.advanceTimersByTimeAsync(4_900);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(result).toEqual({ status: 'ready', voices: [] });
    // Asked again later, it answers at once.
    await expect(loadVoices()).resolves.toEqual({ status: 'ready', voices: [] });
  });

  it('answers at once when the voices are there', async () => {
    const system = fakeSynthesis();
    const loadVoices = await freshLoadVoices();
    system.answer(english);
    await expect(loadVoices()).resolves.toEqual({ status: 'ready', voices: english });
  });
});
