// One place for how hard the property tests try. `npm test` (and CI) runs a fixed seed, so a run is
// repeatable; fast-check prints the seed and the shrunk counterexample of any failure, and
// FC_SEED=<seed> reruns exactly that. `npm run fuzz` sets FUZZ=1: many more runs from a fresh seed.
import fc from 'fast-check';

const fuzzing = process.env['FUZZ'] === '1';
const seed =
  process.env['FC_SEED'] !== undefined ? Number(process.env['FC_SEED']) : fuzzing ? Date.now() : 20_240_229;

const MAX_SHOWN = 3_000;

/** A failure's report: seed and path to rerun it, the error, and the counterexample cut to a readable length. */
function report(details: fc.RunDetails<unknown>): void {
  if (!details.failed) return;
  let example: string;
  try {
    example = fc.stringify(details.counterexample);
  } catch {
    example = '(too deep to print)';
  }
  const cut =
    example.length > MAX_SHOWN ? `${example.slice(0, MAX_SHOWN)}… (${example.length} characters)` : example;
  const failure = details.errorInstance as
    { message?: string; actual?: unknown; expected?: unknown } | undefined;
  const compared =
    failure?.actual !== undefined
      ? `\nactual:   ${JSON.stringify(failure.actual)}\nexpected: ${JSON.stringify(failure.expected)}`
      : '';
  const error = `${failure?.message ?? String(failure)}${compared}`;
  throw new Error(
    `Property failed after ${details.numRuns} runs, shrunk ${details.numShrinks} times. ` +
      `Rerun with FC_SEED=${details.seed} (path "${details.counterexamplePath ?? ''}").\n` +
      `Counterexample: ${cut}\n${error.slice(0, MAX_SHOWN)}`,
  );
}

fc.configureGlobal({ seed, reporter: report });
if (fuzzing) console.log(`fast-check seed ${seed} (rerun with FC_SEED=${seed})`);

/** Runs for a property: `base` in a normal test run, `base` × FUZZ_FACTOR when fuzzing. */
export function runs(base: number): number {
  return fuzzing ? base * Number(process.env['FUZZ_FACTOR'] ?? 50) : base;
}

/** A generous timeout for one property, longer when fuzzing. */
export const TIMEOUT_MS = fuzzing ? 3_600_000 : 120_000;
