import type { TestProject } from 'vitest/node';
import e2eSetup from '../e2e/global-setup';
import { ensurePackages } from './requirements';

/** Brings the Debian packages Orca needs (or stops naming them), then serves the build as e2e does. */
export default async function setup(project: TestProject) {
  ensurePackages();
  return e2eSetup(project);
}
