// The system's speech voices, and which of them can read a language. Shared by read aloud and the
// voice setting. Voices arrive late (Chrome fills the list after a `voiceschanged` event), some systems
// list thousands (espeak-ng's variants), and some browsers have no speech synthesis at all.
import { useEffect, useState } from 'react';
import { primeVoices, voicesAnsweredAgo } from './voices-settled';

export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

export type VoiceList =
  | { status: 'unsupported' }
  | { status: 'loading' }
  | { status: 'ready'; voices: readonly SpeechSynthesisVoice[] };

/**
 * How long to wait for a first `voiceschanged` before taking an empty list as "no voices here". Chromium
 * on Linux takes about 7 s to list speech-dispatcher's 13,000 espeak-ng voices on a small machine.
 */
export const VOICES_WAIT_MS = 12_000;

/**
 * How long after an answer with no voices to keep waiting for a second one. Chromium with
 * speech-dispatcher answers "none" at once and lists espeak-ng's voices 1.3 s later on a fresh start
 * (seen here); Chrome with no speech service never answers again, and says so after this.
 */
export const EMPTY_ANSWER_GRACE_MS = 5_000;

/** "en_US" and "EN-us" are both en-US; voices name their language either way. */
export function normaliseLang(tag: string): string {
  return tag.replace(/_/g, '-').toLowerCase();
}

function primary(tag: string): string {
  return normaliseLang(tag).split('-')[0] ?? '';
}

/** Whether a voice speaks a language: the same primary language ("en-GB" reads "en" and "en-US"). */
export function speaksLanguage(voice: Pick<VoiceLike, 'lang'>, lang: string): boolean {
  return voice.lang !== '' && primary(voice.lang) === primary(lang);
}

/**
 * The voices that can read `lang`, best first: the exact language before its relatives, then the
 * system's default, then voices on the device (no network, no cut-off), then by name.
 */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const wanted = normaliseLang(lang);
  const rank = (voice: V) =>
    (normaliseLang(voice.lang) === wanted ? 0 : 4) + (voice.default ? 0 : 2) + (voice.localService ? 0 : 1);
  return voices
    .filter((voice) => speaksLanguage(voice, lang))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The reader's chosen voice when it reads `lang`, else the best voice for it, else none. */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string,
  chosen: string | null,
): V | undefined {
  const candidates = voicesFor(voices, lang);
  return candidates.find((voice) => voice.voiceURI === chosen) ?? candidates[0];
}

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** Resolves once the system has said which voices it has, or has stayed silent for a while. */
export function loadVoices(wait = VOICES_WAIT_MS, grace = EMPTY_ANSWER_GRACE_MS): Promise<VoiceList> {
  const synth = synthesis();
  if (synth === undefined) return Promise.resolve({ status: 'unsupported' });
  primeVoices();
  const now = synth.getVoices();
  const answered = voicesAnsweredAgo();
  const left = answered === undefined ? wait : grace - answered;
  if (now.length > 0 || left <= 0) return Promise.resolve({ status: 'ready', voices: now });
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onChange);
      resolve({ status: 'ready', voices: synth.getVoices() });
    };
    // An early answer with no voices may be followed by the list: wait for one that has voices.
    const onChange = () => {
      if (synth.getVoices().length > 0) return done();
      clearTimeout(timer);
      timer = setTimeout(done, Math.max(0, grace - (voicesAnsweredAgo() ?? 0)));
    };
    let timer = setTimeout(done, left);
    synth.addEventListener('voiceschanged', onChange);
  });
}

/** The voice list, kept up to date as voices are installed or arrive late. */
export function useVoices(): VoiceList {
  const [list, setList] = useState<VoiceList>({ status: 'loading' });
  useEffect(() => {
    const synth = synthesis();
    let live = true;
    void loadVoices().then((loaded) => live && setList(loaded));
    if (synth === undefined) return;
    const onChange = () => setList({ status: 'ready', voices: synth.getVoices() });
    synth.addEventListener('voiceschanged', onChange);
    return () => {
      live = false;
      synth.removeEventListener('voiceschanged', onChange);
    };
  }, []);
  return list;
}

/** The interview's language, from the article, or null before it is shown. Effects only. */
export function documentLanguage(doc: Document = document): string | null {
  return doc.querySelector('article[lang]')?.getAttribute('lang') ?? null;
}
