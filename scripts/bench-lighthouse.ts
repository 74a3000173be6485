// Part of npm run bench: Lighthouse (mobile: slow 4G and CPU 4× simulated) on the built page and on its
// floor, the same HTML and CSS with every script taken out, turn about in one run. Its four scores and
// the page's figures beside the floor's; printed, never asserted. Lighthouse 13 needs Node 22, so the
// first run brings both from the npm registry into node_modules/.cache (some 360 MB, kept for later
// runs); where that cannot be done, it says so and the rest of the bench stands.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ARGS, CHROMIUM } from '../tests/e2e/browser.ts';
import { BASE_PATH, startServer } from '../tests/e2e/server.ts';
import { writeFloor } from './bench-floor.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const NODE = `node-${process.platform}-${process.arch}@22.23.5`;
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const tools = fileURLToPath(new URL('../node_modules/.cache/bench-lighthouse/', import.meta.url));
const cli = `${tools}node_modules/lighthouse/cli/index.js`;
const node = `${tools}node_modules/${NODE.slice(0, NODE.lastIndexOf('@'))}/bin/node`;

function bringLighthouse(): boolean {
  if (existsSync(cli) && existsSync(node)) return true;
  mkdirSync(tools, { recursive: true });
  try {
    execFileSync(
      'npm',
      ['install', '--prefix', tools, '--no-save', '--no-audit', '--no-fund', LIGHTHOUSE, NODE],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  } catch {
    return false;
  }
  return existsSync(cli) && existsSync(node);
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/** One Lighthouse run (in a child process: the page's server answers from this one meanwhile). */
async function lighthouse(url: string): Promise<Run> {
  const output = `${tmpdir()}/bench-lighthouse-${process.pid}.json`;
  await promisify(execFile)(
    node,
    [
      cli,
      url,
      `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=--headless=new ${ARGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
    ],
    { timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
  rmSync(output);
  const value = (audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;
  const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Run['scores'],
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

if (!bringLighthouse()) {
  console.log(`Lighthouse: not run (npm could not install ${LIGHTHOUSE} and ${NODE}).`);
} else {
  const dist = process.env['DIST_DIR'] || fileURLToPath(new URL('../dist/', import.meta.url));
  writeFloor(dist);
  const { server, origin } = await startServer({ compress: true });
  try {
    const app = `${origin}${BASE_PATH}`;
    const runs = { app: [] as Run[], floor: [] as Run[] };
    for (let run = 0; run < RUNS; run++) {
      runs.floor.push(await lighthouse(`${app}bench/floor.html`));
      runs.app.push(await lighthouse(app));
    }
    const line = (list: Run[]) => {
      const lowest = CATEGORIES.map((c) => `${c} ${Math.min(...list.map((r) => r.scores[c]))}`).join(', ');
      const figure = (key: 'fcp' | 'lcp' | 'tbt') => `${median(list.map((r) => r[key])).toFixed(0)} ms`;
      const cls = median(list.map((r) => r.cls)).toFixed(3);
      return `FCP ${figure('fcp')}, LCP ${figure('lcp')}, TBT ${figure('tbt')}, CLS ${cls}; lowest scores: ${lowest}`;
    };
    const ratio = median(runs.app.map((r) => r.lcp)) / median(runs.floor.map((r) => r.lcp));
    console.log(
      `Lighthouse ${LIGHTHOUSE.split('@')[1]} (mobile, simulated slow 4G, CPU 4×), medians of ${RUNS}:`,
    );
    console.log(`  floor (no script): ${line(runs.floor)}`);
    console.log(`  app:               ${line(runs.app)}`);
    console.log(`  LCP app / floor:   ×${ratio.toFixed(2)}`);
  } finally {
    server.close();
  }
}
