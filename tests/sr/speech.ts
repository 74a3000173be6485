// What Orca said, read from the log its customizations write: one JSON line per utterance, in order.
import { existsSync, readFileSync } from 'node:fs';
import { delay } from './processes';

export interface Utterance {
  time: number;
  kind: string;
  text: string;
}

export class SpeechLog {
  constructor(readonly path: string) {}

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

  /**
   * Waits for Orca to speak after MARK (up to `startMs`), then for it to fall quiet for `quietMs`, and
   * returns what it said. Speech goes to a null device, so Orca speaks as fast as it can generate:
   * a short silence means it has finished, and no test sleeps for a fixed time.
   */
  async settle(mark: number, { startMs = 2000, quietMs = 500, timeoutMs = 60_000, until }: Settle = {}) {
    const begin = Date.now();
    while (this.all().length <= mark && Date.now() - begin < startMs) await delay(40);
    let count = this.all().length;
    let quietSince = Date.now();
    while (Date.now() - begin < timeoutMs) {
      await delay(40);
      const now = this.all().length;
      if (now !== count) {
        count = now;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= quietMs && (until === undefined || until(this.since(mark))))
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
}
