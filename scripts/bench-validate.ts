// npm run bench: how fast an interview of the contract's largest size (10,000 exchanges) is parsed and
// validated, in process and through the `validate` command. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { interpretText } from '../src/interview/interpret.ts';
import { largestInterview } from './bench-data.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const text = largestInterview();
const runs = 7;
const timings: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  const result = interpretText(text);
  timings.push(performance.now() - start);
  if (!result.ok) throw new Error('The benchmark document should be valid.');
}
console.log(`Document: 10,000 exchanges, ${(text.length / 1024 / 1024).toFixed(1)} MB`);
console.log(`Parse + validate in process: median ${median(timings).toFixed(0)} ms over ${runs} runs`);

const file = join(mkdtempSync(join(tmpdir(), 'ocr-bench-')), 'largest.json');
writeFileSync(file, text);
const start = performance.now();
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', file], { stdio: 'ignore' });
console.log(
  `npm run validate on it (whole command, with start-up): ${(performance.now() - start).toFixed(0)} ms`,
);
