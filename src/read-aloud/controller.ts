// Read aloud tied to the page, loaded on first use: what to read (script.ts) from where (start.ts),
// the queue (engine.ts), the highlight, following the sentence on screen, and what to say when.
import { publishReadingPosition } from '../services/reading-position';
import { loadVoices, pickVoice } from '../services/speech-voices';
import { ReadAloudEngine, type Status, type SynthLike, type UtteranceLike } from './engine';
import { keepInView } from './follow';
import { clearHighlights, highlightSentence, highlightWord } from './highlight';
import { inPart, partOf, Script, type Position } from './script';
import { wordAt } from './sentences';
import { partStart, startPosition } from './start';

/** What the control says beside it: still looking for voices, or why it cannot read. */
export type Note = 'waiting' | 'unsupported' | 'noVoice' | 'failed';

export interface ControllerHost {
  rate(): number;
  voice(): string | null;
  onStatus(status: Status): void;
  onNote(note: Note, lang: string): void;
  /** Said politely, only when nothing is being spoken. */
  say(
    message: 'finished' | 'stopped' | 'failed' | { paused: { current: number; total: number } | null },
  ): void;
}

const article = () => document.querySelector<HTMLElement>('main article');

export class ReadAloudController {
  #engine: ReadAloudEngine<Position> | null = null;
  #script: Script | null = null;
  /** "Read this": the part reading stays within, or null for the rest of the interview. */
  #part: Element | null = null;
  #voices: readonly SpeechSynthesisVoice[] = [];
  following = true;

  constructor(private readonly host: ControllerHost) {}

  get status(): Status {
    return this.#engine?.status ?? 'idle';
  }

  async start(from?: Element): Promise<void> {
    const root = article();
    if (root === null) return;
    if (typeof window.speechSynthesis === 'undefined') return this.host.onNote('unsupported', '');
    if (window.speechSynthesis.getVoices().length === 0) this.host.onNote('waiting', '');
    const list = await loadVoices();
    this.#voices = list.status === 'ready' ? list.voices : [];
    const lang = root.getAttribute('lang') ?? '';
    if (pickVoice(this.#voices, lang, null) === undefined) return this.host.onNote('noVoice', lang);
    const script = new Script(root);
    const position =
      from === undefined
        ? startPosition(script, this.#engine?.position)
        : script.firstFrom(partStart(script, from));
    if (position === undefined) return;
    this.#script = script;
    this.#part = from === undefined ? null : partOf(from);
    this.following = true;
    this.#engine ??= this.#createEngine();
    this.#engine.play(script, position, this.#within());
  }

  toggle(): void {
    const engine = this.#engine;
    if (engine?.status === 'playing') {
      engine.pause();
      this.host.say({ paused: this.#question(engine.position) });
    } else if (engine?.status === 'paused') engine.resume();
    else void this.start();
  }

  stop(): void {
    if (this.#engine === null || this.#engine.status === 'idle') return;
    this.#engine.stop();
    this.#clear();
    this.host.say('stopped');
  }

  next = (): boolean => this.#engine?.next() ?? false;
  previous = (): boolean => this.#engine?.previous() ?? false;
  restart = (): void => this.#engine?.restart();

  backToReading(): void {
    this.following = true;
    const position = this.#engine?.position;
    const range = position && this.#script?.rangeOf(position);
    if (range) keepInView(range);
  }

  /** The article changed (another reading mode): go on from the same part as it is now shown. */
  resync(): void {
    const root = article();
    const position = this.#engine?.position;
    if (this.#engine === null || this.#script === null || root === null || position === undefined) return;
    const block = this.#script.blocks[position.block];
    const script = new Script(root);
    const anchor = block?.isConnected ? block : this.#part;
    const next = anchor ? script.firstFrom(partStart(script, anchor)) : script.firstFrom(0);
    this.#script = script;
    if (next !== undefined) this.#engine.replace(script, next, this.#within());
  }

  dispose(): void {
    this.#engine?.stop();
    this.#clear();
  }

  #within(): (position: Position) => boolean {
    const { script, part } = { script: this.#script, part: this.#part };
    if (part === null || script === null) return () => true;
    return (position) => {
      const block = script.blocks[position.block];
      return block !== undefined && inPart(block, part);
    };
  }

  /** Which question of how many a position is in, or null outside the questions. */
  #question(position: Position | undefined): { current: number; total: number } | null {
    const exchange = position && this.#script?.blocks[position.block]?.closest('section.exchange');
    if (!exchange) return null;
    const all = [...(article()?.querySelectorAll('section.exchange') ?? [])];
    return { current: all.indexOf(exchange) + 1, total: all.length };
  }

  #show(range: Range | null, word: boolean): void {
    if (word) highlightWord(range);
    else highlightSentence(range);
    publishReadingPosition(range);
    if (range !== null && this.following) keepInView(range);
  }

  #clear(): void {
    clearHighlights();
    publishReadingPosition(null);
  }

  #createEngine(): ReadAloudEngine<Position> {
    return new ReadAloudEngine<Position>({
      synth: window.speechSynthesis as unknown as SynthLike,
      createUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
      voiceFor: (lang) => pickVoice(this.#voices, lang, this.host.voice()),
      rate: () => this.host.rate(),
      onState: (status) => this.host.onStatus(status),
      onSpeak: (position) => this.#show(this.#script?.rangeOf(position) ?? null, false),
      onWord: (position, index, length) => {
        const item = this.#script?.item(position);
        const span = item && wordAt(item.text, index, item.lang, length);
        if (span) this.#show(this.#script?.subRange(position, span.start, span.end) ?? null, true);
      },
      onFinish: () => {
        this.#clear();
        this.host.say('finished');
      },
      onError: () => {
        this.#clear();
        this.host.onNote('failed', '');
        this.host.say('failed');
      },
    });
  }
}
