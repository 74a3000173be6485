// Part of npm run bench: how long the built app takes, in Chromium, to fetch, validate and render an
// interview of the contract's largest size (10,000 exchanges). Prints figures; asserts nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { BASE_PATH, startServer } from '../tests/e2e/server.ts';
import { largestInterview } from './bench-data.ts';

const dist = process.env['DIST_DIR'] || fileURLToPath(new URL('../dist/', import.meta.url));
mkdirSync(`${dist}bench`, { recursive: true });
writeFileSync(`${dist}bench/largest.json`, largestInterview());

const { server, origin } = await startServer();
const browser = await launchBrowser();
try {
  for (const [label, query] of [
    ['built-in interview (6 exchanges)', ''],
    ['largest interview (10,000 exchanges)', '?src=bench/largest.json'],
  ] as const) {
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(`${origin}${BASE_PATH}${query}`);
    await page.locator('main[aria-busy="false"] article').waitFor({ timeout: 120_000 });
    const elapsed = performance.now() - start;
    const headings = await page.locator('h3').count();
    console.log(`${label}: shown in ${elapsed.toFixed(0)} ms (${headings} question headings in the DOM)`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
