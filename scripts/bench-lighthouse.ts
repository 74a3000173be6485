// npm run bench:lighthouse: Lighthouse (mobile: a slow 4G network and a 4× slower CPU, simulated) on
// the built page and on its floor, the same HTML and CSS with every script taken out (bench-floor.ts).
// Lighthouse is fetched by npx at a pinned version when this runs, not installed with the project:
// only this benchmark needs it. It drives Debian's Chromium; no browser is downloaded.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from '../tests/e2e/browser.ts';
import { BASE_PATH, startServer } from '../tests/e2e/server.ts';
import { writeFloor } from './bench-floor.ts';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const dist = process.env['DIST_DIR'] || fileURLToPath(new URL('../dist/', import.meta.url));
const out = `${dist}bench/`;
writeFloor(dist);

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

function lighthouse(url: string, file: string): Report {
  execFileSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const { server, origin } = await startServer();
try {
  const pages = { floor: `${origin}${BASE_PATH}bench/floor.html`, app: `${origin}${BASE_PATH}` };
  const results: Record<keyof typeof pages, Report[]> = { floor: [], app: [] };
  for (let run = 0; run < RUNS; run++)
    for (const [name, url] of Object.entries(pages) as [keyof typeof pages, string][])
      results[name].push(lighthouse(url, `${out}lighthouse-${name}-${run}.json`));
  const figure = (name: keyof typeof pages, audit: string) =>
    median(results[name].map((report) => report.audits[audit]?.numericValue ?? Number.NaN));
  const score = (name: keyof typeof pages, category: string) =>
    median(results[name].map((report) => Math.round((report.categories[category]?.score ?? 0) * 100)));
  console.log(`Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, medians of ${RUNS}:`);
  for (const name of Object.keys(pages) as (keyof typeof pages)[]) {
    console.log(
      `  ${name.padEnd(5)} LCP ${figure(name, 'largest-contentful-paint').toFixed(0)} ms, TBT ${figure(name, 'total-blocking-time').toFixed(0)} ms, CLS ${figure(name, 'cumulative-layout-shift').toFixed(3)}; performance ${score(name, 'performance')}, accessibility ${score(name, 'accessibility')}, best practices ${score(name, 'best-practices')}, SEO ${score(name, 'seo')}`,
    );
  }
  const ratio = figure('app', 'largest-contentful-paint') / figure('floor', 'largest-contentful-paint');
  console.log(`  LCP app / floor: ×${ratio.toFixed(2)}`);
} finally {
  server.close();
}
