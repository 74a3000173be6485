// One Orca session for a test file: the private desktop, Chromium in a real window, and what a test
// does with them — open the app, press keys as a person would (xdotool, through Orca's key grabs), read
// what Orca said, and dump the AT-SPI tree.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchDesktopBrowser, settled } from '../e2e/browser';
import { startDesktop, type Desktop } from './desktop';
import { PYTHON } from './requirements';
import type { SpeechLog } from './speech';

export interface AtspiNode {
  role: string;
  name: string;
  depth: number;
  level?: string;
  'xml-roles'?: string;
  tag?: string;
  id?: string;
  lang?: string | null;
}

export interface ScreenReader {
  page: Page;
  speech: SpeechLog;
  /** Opens the app (with this query string) and waits for it to load and for Orca to fall quiet. */
  open: (query?: string) => Promise<string[]>;
  /** Presses a key and returns at once, Orca still busy (say-all goes on until the next key). */
  key: (name: string) => void;
  /** Presses each key in turn (xdotool names) and returns all Orca said from the first press on. */
  press: (...keys: string[]) => Promise<string[]>;
  /** Presses one key over and over, collecting what each press made Orca say, until `done` holds. */
  repeat: (key: string, done: (said: string, all: string[]) => boolean, limit?: number) => Promise<string[]>;
  tree: () => AtspiNode[];
}

const TREE_SCRIPT = fileURLToPath(new URL('./atspi-tree.py', import.meta.url));

export function startOrcaForFile(): ScreenReader {
  let desktop: Desktop | undefined;
  let context: BrowserContext | undefined;
  const sr = {} as ScreenReader;

  beforeAll(async () => {
    desktop = await startDesktop();
    const { env, speech } = desktop;
    context = await launchDesktopBrowser(join(desktop.dir, 'chromium'), env, `${inject('appUrl')}?sr-start`);
    const page = context.pages()[0] ?? (await context.newPage());
    const xdotool = (...args: string[]) => execFileSync('xdotool', args, { env }).toString().trim();
    const window = xdotool('search', '--sync', '--onlyvisible', '--class', 'chromium').split('\n')[0] ?? '';
    xdotool('windowfocus', '--sync', window);
    // The pointer away from the page: a pointer resting on a glossary term would open its definition.
    xdotool('mousemove', '1279', '1023');
    const key = (name: string) => xdotool('key', '--clearmodifiers', name);

    Object.assign(sr, {
      page,
      speech,
      key,
      async open(query = '') {
        const mark = speech.mark();
        const { handled } = speech.orca();
        await page.goto(`${inject('appUrl')}${query}`);
        await settled(page);
        return speech.settle(mark, { quietMs: 1000, handled });
      },
      async press(...keys: string[]) {
        const mark = speech.mark();
        for (const name of keys) {
          const before = speech.mark();
          const { handled } = speech.orca();
          key(name);
          await speech.settle(before, { handled });
        }
        return speech.since(mark);
      },
      async repeat(name: string, done: (said: string, all: string[]) => boolean, limit = 80) {
        const heard: string[] = [];
        for (let step = 0; step < limit; step++) {
          const said = (await sr.press(name)).join(' ');
          heard.push(said);
          if (done(said, heard)) break;
        }
        return heard;
      },
      tree: () => JSON.parse(execFileSync(PYTHON, [TREE_SCRIPT], { env, maxBuffer: 64 << 20 }).toString()),
    } satisfies ScreenReader);
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => {});
    await desktop?.stop();
  }, 60_000);

  return sr;
}
