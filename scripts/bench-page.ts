// Part of npm run bench: the built page beside its floor, in one run. The floor is the same prerendered
// HTML and CSS with every script taken out: what a static page of the same text costs. Figures are
// medians of RUNS loads each, with the CPU slowed 4× as on a mid-range phone; they are printed, never
// asserted. Then the largest interview the contract allows, through ?src=, at 100, 1,000 and 10,000
// exchanges: when the first question is on screen, the longest task, and when all of it is in the DOM.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { BASE_PATH, startServer } from '../tests/e2e/server.ts';
import { largestInterview } from './bench-data.ts';
import { writeFloor } from './bench-floor.ts';
import { median } from './bench-median.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** Which sizes of ?src= document to load (BENCH_SIZES=100,1000; empty for none). */
const SIZES = (process.env['BENCH_SIZES'] ?? '100,1000,10000').split(',').filter(Boolean).map(Number);
const dist = process.env['DIST_DIR'] || fileURLToPath(new URL('../dist/', import.meta.url));
writeFloor(dist);
for (const size of [100, 1_000, 10_000]) writeFileSync(`${dist}bench/${size}.json`, largestInterview(size));

/** Records LCP, layout shifts and long tasks from the very start of the page. */
const OBSERVE = () => {
  const seen = { fcp: 0, lcp: 0, cls: 0, longTasks: [] as { start: number; duration: number }[] };
  (window as unknown as { __bench: typeof seen }).__bench = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) seen.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      seen.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

async function slowPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const opened = await context.newPage();
  const cdp = await context.newCDPSession(opened);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await opened.addInitScript(OBSERVE);
  return opened;
}

interface Load {
  lcp: number;
  cls: number;
  /** Every long task's time over 50 ms, from navigation on. */
  blocking: number;
  /** Lighthouse's Total Blocking Time: the same, counting only what falls after first contentful paint. */
  tbt: number;
}

/** A long task's blocking time (its length over 50 ms), counting only the part after `from`. */
function blockingAfter(task: { start: number; duration: number }, from: number): number {
  const counted = task.start + task.duration - Math.max(task.start, from);
  return Math.max(0, counted - 50);
}

async function measure(browser: Browser, url: string): Promise<Load> {
  const opened = await slowPage(browser);
  await opened.goto(url, { waitUntil: 'load' });
  await opened.waitForTimeout(1500);
  const seen = await opened.evaluate(
    () =>
      (
        window as unknown as {
          __bench: {
            fcp: number;
            lcp: number;
            cls: number;
            longTasks: { start: number; duration: number }[];
          };
        }
      ).__bench,
  );
  await opened.context().close();
  const sum = (from: number) => seen.longTasks.reduce((total, task) => total + blockingAfter(task, from), 0);
  return { lcp: seen.lcp, cls: seen.cls, blocking: sum(0), tbt: sum(seen.fcp) };
}

/** From setting an attribute on <html> to the frame after the next (the change is on screen). */
function toNextPaint(page: Page, name: string, value: string): Promise<number> {
  return page.evaluate(
    ([attribute, to]) =>
      new Promise<number>((resolve) => {
        const began = performance.now();
        document.documentElement.setAttribute(attribute, to);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - began)));
      }),
    [name, value] as const,
  );
}

const { server, origin } = await startServer();
const browser = await launchBrowser();
try {
  const app = `${origin}${BASE_PATH}`;
  const loads = { app: [] as Load[], floor: [] as Load[] };
  for (let run = 0; run < RUNS; run++) {
    loads.floor.push(await measure(browser, `${app}bench/floor.html`));
    loads.app.push(await measure(browser, app));
  }
  const summary = (list: Load[]) => ({
    lcp: median(list.map((l) => l.lcp)),
    cls: median(list.map((l) => l.cls)),
    blocking: median(list.map((l) => l.blocking)),
    tbt: median(list.map((l) => l.tbt)),
  });
  const a = summary(loads.app);
  const f = summary(loads.floor);
  // TBT as Lighthouse counts it, from the first contentful paint on; beside it every long task's time
  // over 50 ms from navigation, which for the floor too is parsing and laying out the page.
  console.log(`Built-in page, CPU 4× slower, medians of ${RUNS}:`);
  console.log(
    `  floor (no script): LCP ${f.lcp.toFixed(0)} ms, CLS ${f.cls.toFixed(3)}, TBT ${f.tbt.toFixed(0)} ms (from navigation: ${f.blocking.toFixed(0)} ms)`,
  );
  console.log(
    `  app:               LCP ${a.lcp.toFixed(0)} ms, CLS ${a.cls.toFixed(3)}, TBT ${a.tbt.toFixed(0)} ms (from navigation: ${a.blocking.toFixed(0)} ms)`,
  );
  console.log(`  LCP app / floor:   ×${(a.lcp / f.lcp).toFixed(2)}`);

  if (SIZES.length > 0) console.log('Through ?src= (CPU not slowed), medians of 3:');
  for (const size of SIZES) {
    const first: number[] = [];
    const all: number[] = [];
    const longest: number[] = [];
    const modeChange: number[] = [];
    const themeChange: number[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const opened = await context.newPage();
      await opened.addInitScript(OBSERVE);
      await opened.goto(`${app}?src=bench/${size}.json`);
      await opened.locator('section.exchange h3').first().waitFor({ timeout: 120_000 });
      first.push(await opened.evaluate(() => performance.now()));
      await opened
        .locator('main[aria-busy="false"] #glossary, main[aria-busy="false"] .outro')
        .first()
        .waitFor({ timeout: 120_000 })
        .catch(() => {});
      await opened.waitForFunction((n) => document.querySelectorAll('section.exchange').length >= n, size, {
        timeout: 120_000,
      });
      all.push(await opened.evaluate(() => performance.now()));
      const tasks = await opened.evaluate(
        () => (window as unknown as { __bench: { longTasks: { duration: number }[] } }).__bench.longTasks,
      );
      longest.push(Math.max(0, ...tasks.map((task) => task.duration)));
      // A change of reading mode or theme, to the next frame painted with it.
      modeChange.push(await toNextPaint(opened, 'data-mode', 'plain'));
      themeChange.push(await toNextPaint(opened, 'data-theme', 'dark'));
      await context.close();
    }
    console.log(
      `  ${String(size).padStart(6)} exchanges: first question ${median(first).toFixed(0)} ms, all in the DOM ${median(all).toFixed(0)} ms, longest task ${median(longest).toFixed(0)} ms, mode change ${median(modeChange).toFixed(0)} ms, theme change ${median(themeChange).toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
