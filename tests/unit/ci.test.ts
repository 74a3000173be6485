// CI installs what the Orca suite needs before npm test runs it: the same Debian packages as the suite's
// own list, so neither can gain one the other misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGES } from '../sr/requirements';
import { projectRoot } from './fixtures';

const ci = readFileSync(join(projectRoot, '.ci/run'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('CI', () => {
  it('installs every package the screen-reader suite needs', () => {
    const list = /SR_PACKAGES=\(([^)]*)\)/.exec(ci)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    expect([...list].sort()).toEqual([...PACKAGES].sort());
  });

  it('ends npm test with the Orca suite, after e2e', () => {
    expect(packageJson.scripts['test']).toMatch(/npm run test:e2e && npm run test:sr$/);
  });
});
