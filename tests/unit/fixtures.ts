// Reads the shared test documents in tests/fixtures, as text or as parsed JSON.
// Paths, not URL objects: under jsdom `URL` is jsdom's, which node:fs and node:url do not accept.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function fixturePath(name: string): string {
  return join(projectRoot, 'tests', 'fixtures', `${name}.json`);
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function fixture(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

export function builtInText(): string {
  return readFileSync(join(projectRoot, 'data', 'sound-of-metal.json'), 'utf8');
}

/** minimal.json as a mutable plain object, a fresh copy each call, to break one thing at a time. */
export function minimal(): Record<string, unknown> {
  return fixture('minimal') as Record<string, unknown>;
}
