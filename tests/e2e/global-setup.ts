import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';
import { BASE_PATH, distExists, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    // Never a downloaded browser build: Debian's Chromium, or the one CHROMIUM_PATH names.
    throw new Error(`No Chromium at ${CHROMIUM}. Install it: apt-get install -y chromium fonts-dejavu-core`);
  }
  if (!distExists()) throw new Error('No build in dist/: run `npm run build` before the e2e tests.');
  const { server, origin } = await startServer();
  project.provide('appUrl', origin + BASE_PATH);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
