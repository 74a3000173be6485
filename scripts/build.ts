// npm run build: the static site in dist/. Vite builds the app; then the built-in interview (and any
// other interview in data/) is rendered to HTML with React's server renderer, so the page is read
// before, and without, JavaScript; the client hydrates it. A tiny external script, run in <head> before
// the first paint, puts the reader's saved preferences on <html> (the CSP allows no inline script).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { assemblePage, otherInterviews, startChunks, type PrerenderModule } from './prerender-page';

const dist = new URL('../dist/', import.meta.url);
const data = new URL('../data/', import.meta.url);
const ssrOut = new URL('../node_modules/.cache/prerender/', import.meta.url);

await build({ logLevel: 'warn' });

// The pre-paint script, as one classic script with a content hash, beside the app's assets.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: new URL('assets/', dist).pathname,
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: 'src/prepaint.ts', formats: ['iife'], name: 'prepaint', fileName: () => 'prepaint.js' },
  },
});
const prepaintFile = new URL('assets/prepaint.js', dist);
const hash = createHash('sha256').update(readFileSync(prepaintFile)).digest('hex').slice(0, 8);
const prepaint = `assets/prepaint-${hash}.js`;
renameSync(prepaintFile, new URL(prepaint, dist));

rmSync(ssrOut, { recursive: true, force: true });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/prerender.tsx', outDir: ssrOut.pathname, emptyOutDir: true },
});
const ssr = (await import(new URL('prerender.js', ssrOut).href)) as PrerenderModule;

// What main.tsx loads at start, which the pre-paint script asks for at once; the manifest is not published.
const manifestDir = new URL('.vite/', dist);
const preload = startChunks(JSON.parse(readFileSync(new URL('manifest.json', manifestDir), 'utf8')));
rmSync(manifestDir, { recursive: true, force: true });

const template = readFileSync(new URL('index.html', dist), 'utf8');
const builtIn = JSON.parse(readFileSync(new URL('sound-of-metal.json', data), 'utf8')) as unknown;
writeFileSync(
  new URL('index.html', dist),
  assemblePage(template, ssr, builtIn, { prepaint, preload, depth: 0 }),
);
for (const { id, document } of otherInterviews(data, readdirSync(data), readFileSync)) {
  mkdirSync(new URL(`${id}/`, dist), { recursive: true });
  writeFileSync(
    new URL(`${id}/index.html`, dist),
    assemblePage(template, ssr, document, { prepaint, preload, depth: 1 }),
  );
}
console.log(`Prerendered dist/index.html${prepaint ? `, with ${prepaint}` : ''}`);
