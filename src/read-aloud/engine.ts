// The read-aloud queue: one utterance per sentence, spoken one at a time, so a long interview never
// has more than one utterance waiting in the browser. It knows nothing of the page: a cursor gives the
// next thing to say, and the caller shows and scrolls to what is being said.
import type { VoiceLike } from '../services/speech-voices';

/** What one utterance says, in which language. */
export interface Said {
  text: string;
  lang: string;
  /** A speaker's name before a turn; previous and next step over these to the sentences. */
  speaker?: boolean;
}

export interface Cursor<P> {
  item(position: P): Said | undefined;
  next(position: P): P | undefined;
  previous(position: P): P | undefined;
}

/** The parts of SpeechSynthesisUtterance the queue uses, so tests can stand in for it. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: SpeechSynthesisVoice | null;
  onstart: ((event: Event) => void) | null;
  onend: ((event: Event) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  onboundary: ((event: { name?: string; charIndex: number; charLength?: number }) => void) | null;
}

export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  readonly paused: boolean;
}

export type Status = 'idle' | 'playing' | 'paused';

export interface EngineEvents<P> {
  /** Status or position changed. */
  onState(status: Status, position: P | undefined): void;
  /** An utterance for `position` was handed to the voice. */
  onSpeak(position: P): void;
  /** The voice reached a word: offsets in the said text. */
  onWord(position: P, charIndex: number, charLength: number | undefined): void;
  /** Reading reached the end of what was asked for. */
  onFinish(): void;
  /** The voice failed (not an interruption we caused). */
  onError(error: string): void;
}

export interface EngineOptions<P> extends EngineEvents<P> {
  synth: SynthLike;
  createUtterance: (text: string) => UtteranceLike;
  /** The voice for a language; undefined when there is none (that item is skipped). */
  voiceFor: (lang: string) => (VoiceLike & SpeechSynthesisVoice) | undefined;
  rate: () => number;
}

/** Chrome cuts network voices after ~15 s; pausing and resuming within that keeps them going. */
export const KEEP_ALIVE_MS = 10_000;
const INTERRUPTIONS = new Set(['interrupted', 'canceled']);

export class ReadAloudEngine<P> {
  #status: Status = 'idle';
  #position: P | undefined;
  #cursor: Cursor<P> | undefined;
  #within: (position: P) => boolean = () => true;
  /** Bumped whenever an utterance is abandoned, so its late events are ignored. */
  #token = 0;
  #keepAlive: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: EngineOptions<P>) {}

  get status(): Status {
    return this.#status;
  }

  get position(): P | undefined {
    return this.#position;
  }

  /** Starts reading at `from`; `within` limits reading to a part ("Read this"). */
  play(cursor: Cursor<P>, from: P, within: (position: P) => boolean = () => true): void {
    this.#cursor = cursor;
    this.#within = within;
    this.#speakFrom(from);
  }

  pause(): void {
    if (this.#status !== 'playing') return;
    this.#silence();
    this.#set('paused', this.#position);
  }

  /** Resumes from the start of the sentence that was paused: sentences are short, and it is reliable. */
  resume(): void {
    if (this.#status === 'paused' && this.#position !== undefined) this.#speakFrom(this.#position);
  }

  stop(): void {
    if (this.#status === 'idle') return;
    this.#silence();
    this.#set('idle', this.#position);
  }

  /**
   * The page changed under the reader (another reading mode): go on from `position` in the new
   * cursor, speaking if reading was playing, waiting there if it was paused.
   */
  replace(cursor: Cursor<P>, position: P, within: (position: P) => boolean = () => true): void {
    if (this.#status === 'idle') return;
    this.#cursor = cursor;
    this.#within = within;
    if (this.#status === 'playing') return this.#speakFrom(position);
    this.#position = position;
    this.options.onSpeak(position);
    this.#set('paused', position);
  }

  /** Says the current sentence again from its start (after a change of speed or voice). */
  restart(): void {
    if (this.#status === 'playing' && this.#position !== undefined) this.#speakFrom(this.#position);
  }

  next(): boolean {
    return this.#step((position) => this.#cursor?.next(position));
  }

  previous(): boolean {
    return this.#step((position) => this.#cursor?.previous(position));
  }

  /** Moves to the neighbouring sentence (speaker names are stepped over), speaking it if playing. */
  #step(move: (position: P) => P | undefined): boolean {
    const cursor = this.#cursor;
    let position = this.#position;
    if (cursor === undefined || position === undefined || this.#status === 'idle') return false;
    do position = move(position);
    while (position !== undefined && cursor.item(position)?.speaker === true);
    if (position === undefined || !this.#within(position)) return false;
    if (this.#status === 'playing') this.#speakFrom(position);
    else {
      this.#position = position;
      this.options.onSpeak(position);
      this.#set('paused', position);
    }
    return true;
  }

  /** `interrupt` is false when the last utterance ended by itself: nothing is left to cancel. */
  #speakFrom(start: P, interrupt = true): void {
    const { synth, createUtterance, voiceFor, rate } = this.options;
    this.#silence(interrupt);
    const token = this.#token;
    let position: P | undefined = start;
    // Skip what no voice can say (an interface label in another language), one item at a time.
    while (position !== undefined && this.#within(position)) {
      const said = this.#cursor?.item(position);
      const voice = said && voiceFor(said.lang);
      if (said === undefined || voice === undefined) {
        position = this.#cursor?.next(position);
        continue;
      }
      const utterance = createUtterance(said.text);
      utterance.lang = said.lang;
      utterance.voice = voice;
      utterance.rate = rate();
      const at = position;
      utterance.onend = () => {
        if (token !== this.#token) return;
        this.#stopKeepAlive();
        const next = this.#cursor?.next(at);
        if (next === undefined || !this.#within(next)) this.#finish(false);
        else this.#speakFrom(next, false);
      };
      utterance.onerror = (event) => {
        if (token !== this.#token || INTERRUPTIONS.has(event.error ?? '')) return;
        this.#silence();
        this.#set('idle', at);
        this.options.onError(event.error ?? 'unknown');
      };
      utterance.onboundary = (event) => {
        if (token === this.#token && (event.name === undefined || event.name === 'word'))
          this.options.onWord(at, event.charIndex, event.charLength);
      };
      this.#position = at;
      this.#set('playing', at);
      this.options.onSpeak(at);
      if (synth.paused) synth.resume();
      synth.speak(utterance);
      if (!voice.localService) this.#startKeepAlive();
      return;
    }
    this.#finish(interrupt);
  }

  #finish(interrupt = true): void {
    this.#silence(interrupt);
    this.#set('idle', this.#position);
    this.options.onFinish();
  }

  #silence(cancel = true): void {
    this.#token++;
    this.#stopKeepAlive();
    if (cancel) this.options.synth.cancel();
  }

  #startKeepAlive(): void {
    const { synth } = this.options;
    this.#keepAlive = setInterval(() => {
      synth.pause();
      synth.resume();
    }, KEEP_ALIVE_MS);
  }

  #stopKeepAlive(): void {
    clearInterval(this.#keepAlive);
    this.#keepAlive = undefined;
  }

  #set(status: Status, position: P | undefined): void {
    this.#status = status;
    this.#position = position;
    this.options.onState(status, position);
  }
}
