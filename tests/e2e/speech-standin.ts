// A recording stand-in for the Web Speech API, installed before the app loads: the same calls and
// events as speechSynthesis, with what was said recorded and the test saying when each utterance
// ends or reaches a word. For exact checks of what is said, in which language, in what order.
import type { Page } from 'playwright-core';

export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

declare global {
  interface Window {
    __speech: {
      spoken: Spoken[];
      queue: { onend?: (e: object) => void; onboundary?: (e: object) => void }[];
      finish: () => void;
      boundary: (charIndex: number) => void;
    };
  }
}

/** The init script: runs in the page before any of the app's code. */
export function installSpeechStandIn(): void {
  const voices = [
    { name: 'Stand-in English', lang: 'en-US', voiceURI: 'standin-en', localService: true, default: true },
    {
      name: 'Stand-in English (UK)',
      lang: 'en-GB',
      voiceURI: 'standin-en-gb',
      localService: true,
      default: false,
    },
  ];
  type Utterance = {
    text: string;
    lang: string;
    rate: number;
    voice: { name: string } | null;
    onstart?: (e: object) => void;
    onend?: (e: object) => void;
    onerror?: (e: object) => void;
    onboundary?: (e: object) => void;
  };
  const speech = {
    spoken: [] as object[],
    queue: [] as Utterance[],
    finish: () => speech.queue.shift()?.onend?.({}),
    boundary: (charIndex: number) => speech.queue[0]?.onboundary?.({ name: 'word', charIndex }),
  };
  const synth = {
    paused: false,
    speaking: false,
    pending: false,
    getVoices: () => voices,
    speak(utterance: Utterance) {
      speech.queue.push(utterance);
      speech.spoken.push({
        text: utterance.text,
        lang: utterance.lang,
        rate: utterance.rate,
        voice: utterance.voice?.name ?? null,
      });
      utterance.onstart?.({});
    },
    cancel() {
      for (const utterance of speech.queue.splice(0)) utterance.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: class {
      lang = '';
      rate = 1;
      voice = null;
      constructor(public text: string) {}
    },
  });
  (window as unknown as { __speech: typeof speech }).__speech = speech;
}

export const spoken = (page: Page) => page.evaluate(() => window.__speech.spoken);
export const lastSpoken = (page: Page) => page.evaluate(() => window.__speech.spoken.at(-1)?.text ?? null);
export const finishUtterance = (page: Page) => page.evaluate(() => window.__speech.finish());
export const reachWord = (page: Page, charIndex: number) =>
  page.evaluate((index) => window.__speech.boundary(index), charIndex);
