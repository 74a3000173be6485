// A small static server for the e2e tests: the built app under /reader/ (proving sub-path hosting),
// our fixtures beside it, and a few routes that misbehave on purpose.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largestInterview } from '../../scripts/bench-data';

export const BASE_PATH = '/reader/';
// DIST_DIR lets several builds be tested side by side (each in its own folder).
const distDir = process.env['DIST_DIR'] || fileURLToPath(new URL('../../dist/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TOO_LARGE_BYTES = 21 * 1024 * 1024;

/** Each file type's Content-Type, as a static host sends it. */
export const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

export function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(BASE_PATH)) return notFound();
    const rest = path.slice(BASE_PATH.length);

    switch (rest) {
      case 'fixtures/too-large.json':
        res.writeHead(200, { 'Content-Type': types['.json'], 'Content-Length': TOO_LARGE_BYTES });
        return streamSpaces(TOO_LARGE_BYTES);
      case 'fixtures/too-large-chunked.json':
        res.writeHead(200, { 'Content-Type': types['.json'] });
        return streamSpaces(TOO_LARGE_BYTES);
      case 'fixtures/network-error.json':
        return req.socket.destroy();
      case 'fixtures/server-error.json':
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        return res.end('Internal error');
      case 'fixtures/redirect-away.json': {
        // The same server under another name is another origin (localhost, not 127.0.0.1).
        const port = (req.socket.address() as { port: number }).port;
        res.writeHead(302, { Location: `http://localhost:${port}${BASE_PATH}fixtures/minimal.json` });
        return res.end();
      }
      case 'fixtures/html-page.json':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><title>Not an interview</title><p>Hello.</p>');
      case 'fixtures/double-bom.json':
        res.writeHead(200, { 'Content-Type': types['.json'] });
        return res.end(`\uFEFF\uFEFF${readFileSync(join(fixturesDir, 'minimal.json'), 'utf8')}`);
      case 'fixtures/hold.json': {
        // Headers, then nothing: the reader must offer a way out. Ends by itself after a while.
        res.writeHead(200, { 'Content-Type': types['.json'] });
        res.write('{');
        const timer = setTimeout(() => res.end('}'), 45_000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
    }

    // fixtures/long-1000.json: the built-in interview's exchanges repeated to that many; with -ghost,
    // the last answer is given to a speaker who is not in the interview.
    const long = /^fixtures\/long-(\d{1,5})(-ghost)?\.json$/.exec(rest);
    if (long) {
      const text = largestInterview(Number(long[1]));
      res.writeHead(200, { 'Content-Type': types['.json'] });
      const last = text.lastIndexOf('"speaker":"riz-ahmed"');
      return res.end(
        long[2]
          ? `${text.slice(0, last)}"speaker":"ghost"${text.slice(last + '"speaker":"riz-ahmed"'.length)}`
          : text,
      );
    }

    const root = rest.startsWith('fixtures/') ? fixturesDir : distDir;
    const relative = rest.startsWith('fixtures/') ? rest.slice('fixtures/'.length) : rest || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return notFound();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);

    function notFound() {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
    function streamSpaces(total: number) {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => {});
      pump();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

export function distExists(): boolean {
  return existsSync(join(distDir, 'index.html'));
}
