// What Orca said, read from the log its customizations write: one JSON line per utterance, in order;
// and how far Orca has got with its work, from the state file they keep (orca-customizations.py).
import { existsSync, readFileSync } from 'node:fs';
import { delay } from './processes';

export interface Utterance {
  time: number;
  kind: string;
  text: string;
}

/** Orca's event queue: how many events it has handled, how many wait, and when it last handled one. */
interface OrcaState {
  handled: number;
  waiting: number;
  at: number;
}

export class SpeechLog {
  constructor(
    readonly path: string,
    readonly statePath: string,
  ) {}

  all(): Utterance[] {
    if (!existsSync(this.path)) return [];
    return readFileSync(this.path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Utterance);
  }

  /** A place in the log, to read what was said after it. */
  mark(): number {
    return this.all().length;
  }

  since(mark: number): string[] {
    return this.all()
      .slice(mark)
      .map((utterance) => utterance.text);
  }

  orca(): OrcaState {
    if (!existsSync(this.statePath)) return { handled: 0, waiting: 0, at: 0 };
    const [handled = 0, waiting = 0, at = 0] = readFileSync(this.statePath, 'utf8')
      .trim()
      .split(' ')
      .map(Number);
    return { handled, waiting, at: at * 1000 };
  }

  /**
   * Waits for Orca to take up what happened after MARK (to speak, or to handle an event: a key press
   * always is one), up to `startMs`; then for it to fall quiet: no event waiting, none handled and
   * nothing said for `quietMs`. Returns what it said. Orca's own queue is watched, not the clock, so
   * a machine that leaves Orca seconds behind only makes the wait longer, never cuts it short.
   */
  async settle(
    mark: number,
    { startMs = 5000, quietMs = 400, timeoutMs = 60_000, until, handled }: Settle = {},
  ) {
    const begin = Date.now();
    const before = handled ?? this.orca().handled;
    while (this.all().length <= mark && this.orca().handled <= before && Date.now() - begin < startMs)
      await delay(40);
    let count = this.all().length;
    let quietSince = Date.now();
    while (Date.now() - begin < timeoutMs) {
      await delay(40);
      const now = this.all().length;
      const orca = this.orca();
      if (now !== count) {
        count = now;
        quietSince = Date.now();
      } else if (
        orca.waiting === 0 &&
        Date.now() - Math.max(quietSince, orca.at) >= quietMs &&
        (until === undefined || until(this.since(mark)))
      )
        break;
    }
    return this.since(mark);
  }
}

interface Settle {
  startMs?: number;
  quietMs?: number;
  timeoutMs?: number;
  /** Keep waiting (within timeoutMs) until this holds of what was said. */
  until?: (spoken: string[]) => boolean;
  /** Orca's count of handled events before the action waited on (read before it, when it is a key). */
  handled?: number;
}
