// Part of npm run bench: Lighthouse (mobile: slow 4G and CPU 4× simulated) on the built page and on its
// floor, the same HTML and CSS with every script taken out, turn about in one run. Its four scores and
// the page's figures beside the floor's; printed, never asserted. Both are served as static hosts and
// CDNs serve them: HTTPS, HTTP/2, gzip (a certificate made for the run, by openssl). Over plain
// HTTP/1.1 the simulation opens a new connection for each file the first paint waits for, which puts
// the floor's first paint at 0.76 s, the page's (one script more) at 0.95 s, and whether a favicon
// ended before the LCP moved either by 0.15 s from run to run. Lighthouse 13 needs Node 22, so the
// first run brings both from the npm registry into node_modules/.cache (some 360 MB, kept for later
// runs); where that cannot be done, it says so and the rest of the bench stands.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ARGS, CHROMIUM } from '../tests/e2e/browser.ts';
import { BASE_PATH, types } from '../tests/e2e/server.ts';
import { writeFloor } from './bench-floor.ts';
import { median } from './bench-median.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const NODE = `node-${process.platform}-${process.arch}@22.23.5`;
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const tools = fileURLToPath(new URL('../node_modules/.cache/bench-lighthouse/', import.meta.url));
const cli = `${tools}node_modules/lighthouse/cli/index.js`;
const node = `${tools}node_modules/${NODE.slice(0, NODE.lastIndexOf('@'))}/bin/node`;

/** Lighthouse and the Node it needs, installed once into node_modules/.cache; false where npm cannot. */
function bringLighthouse(): boolean {
  if (!existsSync(cli) || !existsSync(node)) {
    mkdirSync(tools, { recursive: true });
    try {
      execFileSync(
        'npm',
        ['install', '--prefix', tools, '--no-save', '--no-audit', '--no-fund', LIGHTHOUSE, NODE],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
    } catch {
      return false;
    }
  }
  return existsSync(cli) && existsSync(node);
}

/** dist/ under BASE_PATH over HTTPS and HTTP/2, text gzipped; undefined where openssl cannot make a certificate. */
async function startStaticHost(
  dist: string,
): Promise<{ server: Http2SecureServer; origin: string } | undefined> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  let key: Buffer;
  let cert: Buffer;
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(folder, 'key.pem'),
        '-out',
        join(folder, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    key = readFileSync(join(folder, 'key.pem'));
    cert = readFileSync(join(folder, 'cert.pem'));
  } catch {
    return undefined;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const server = createSecureServer({ key, cert }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'https://host').pathname);
    const relative = path.startsWith(BASE_PATH) ? path.slice(BASE_PATH.length) || 'index.html' : '';
    const file = normalize(join(dist, relative));
    if (!relative || !file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Not found');
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(String(req.headers['accept-encoding'])) && !type.startsWith('font/');
    res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(gzip ? gzipSync(readFileSync(file)) : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, origin: `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
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
      // The certificate is the run's own, made a moment ago.
      `--chrome-flags=--headless=new --ignore-certificate-errors ${ARGS.join(' ')}`,
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

const dist = process.env['DIST_DIR'] || fileURLToPath(new URL('../dist/', import.meta.url));
const installed = bringLighthouse();
const host = installed ? await startStaticHost(dist) : undefined;
if (!installed) {
  console.log(`Lighthouse: not run (npm could not install ${LIGHTHOUSE} and ${NODE}).`);
} else if (host === undefined) {
  console.log('Lighthouse: not run (openssl could not make a certificate for the HTTPS server).');
} else {
  writeFloor(dist);
  try {
    const app = `${host.origin}${BASE_PATH}`;
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
      `Lighthouse ${LIGHTHOUSE.split('@')[1]} (mobile, simulated slow 4G, CPU 4×; HTTPS, HTTP/2, gzip), medians of ${RUNS}:`,
    );
    console.log(`  floor (no script): ${line(runs.floor)}`);
    console.log(`  app:               ${line(runs.app)}`);
    console.log(`  LCP app / floor:   ×${ratio.toFixed(2)}`);
  } finally {
    host.server.close();
  }
}
