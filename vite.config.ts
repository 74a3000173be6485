import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

/** Ships data/*.json (the built-in interview and the contract) beside the app, and serves them in dev. */
function interviewData(): Plugin {
  return {
    name: 'interview-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([\w.-]+\.json)(\?.*)?$/.exec(req.url ?? '');
        const file = match?.[1];
        if (file === undefined || !readdirSync(dataDir).includes(file)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(dataDir + file));
      });
    },
    generateBundle() {
      for (const file of readdirSync(dataDir).filter((name) => name.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(dataDir + file) });
      }
    },
  };
}

/**
 * The strict CSP in index.html is for the built app. Vite's dev server injects styles as inline
 * <style> elements, which that policy forbids, so the dev server serves the page without it.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

export default defineConfig({
  // Relative URLs, so the build works from any sub-path (/reader/, say).
  base: './',
  plugins: [interviewData(), cspOnlyInBuild()],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(new URL('./src/i18n/sync-external-store.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // One stylesheet, linked from the page: the prerendered page is drawn complete before any script
    // runs, and the app's code (loaded in steps, see main.tsx) never brings CSS that restyles it.
    cssCodeSplit: false,
    // The build lists what main.tsx loads at start in the page itself (scripts/build.ts, from the
    // manifest), so they are fetched at once; a lazy chunk (a dialog) still has its imports preloaded
    // beside it when it is asked for, rather than one after another.
    manifest: true,
    rolldownOptions: {
      output: {
        // The libraries main.tsx evaluates one per task, each in one file (not split among the app's).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'i18next', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
          // A cap, not a measure: a loaded 2-core machine runs the dialog tests at a third of their speed.
          testTimeout: 20_000,
        },
      },
      {
        // fast-check properties (tests/property/settings.ts): CPU-heavy, so a step of their own.
        extends: true,
        test: {
          name: 'property',
          include: ['tests/property/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file launches its own Chromium and opens its own contexts, so two files can run at once.
          maxWorkers: 2,
          // Once more after a failure, as Playwright's own CI set-up does: on a loaded 2-core machine every
          // failure seen so far that did not repeat was a test reading a moment too early (each since
          // mended to wait). A test that passes only the second time is printed "(retry x1)"; it is a
          // defect to find, not a pass to trust. A test that fails twice fails the run.
          retry: 1,
        },
      },
      {
        // Orca reading the built app over AT-SPI (tests/sr/README.md): one screen reader at a time.
        extends: true,
        test: {
          name: 'sr',
          include: ['tests/sr/**/*.sr.ts'],
          environment: 'node',
          globalSetup: ['tests/sr/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
