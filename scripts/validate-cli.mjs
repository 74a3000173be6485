// npm run validate: runs scripts/validate.ts compiled to one JavaScript file, so the command starts in
// tens of milliseconds instead of the half second a TypeScript loader takes. The compiled file lives in
// node_modules/.cache and is built here (with Vite) when it is missing or older than any of its sources,
// so a fresh clone, an edit or a dependency update never runs stale code.
// Plain JavaScript on purpose: this file runs before anything is compiled.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'node_modules', '.cache', 'open-caption-reader', 'validate');
const output = join(outDir, 'validate.mjs');
const SOURCES = ['src/interview', 'src/i18n', 'src/reading', 'scripts', 'package-lock.json', 'package.json'];

function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (latest, name) => Math.max(latest, newest(join(path, name))),
    stats.mtimeMs,
  );
}

function builtAt() {
  try {
    return statSync(output).mtimeMs;
  } catch {
    return -1;
  }
}

async function compile() {
  const { build } = await import('vite');
  // Built beside the final file and renamed into place: two commands started at once both succeed.
  const staging = join(outDir, `build-${process.pid}`);
  mkdirSync(staging, { recursive: true });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: join(root, 'scripts', 'validate.ts'),
      outDir: staging,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'validate.mjs', codeSplitting: false } },
    },
  });
  renameSync(join(staging, 'validate.mjs'), output);
  rmSync(staging, { recursive: true, force: true });
}

const sources = Math.max(...SOURCES.map((source) => newest(join(root, source))));
if (builtAt() < sources) await compile();
await import(pathToFileURL(output).href);
