// npm run bench: how fast an interview of the contract's largest size (10,000 exchanges) is parsed and
// validated, in process and through the `validate` command (compiled, start-up included). Prints
// medians; asserts nothing. The document repeats the built-in interview's exchanges, and the command
// grades each distinct text once, so it is also timed on a variant whose every text is distinct.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { interpretText } from '../src/interview/interpret.ts';
import { largestInterview } from './bench-data.ts';
import { median } from './bench-median.ts';

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

/** Every text made distinct by its exchange's number, so no grade is reused. */
function distinctTexts(json: string): string {
  const doc = JSON.parse(json) as {
    exchanges: { question: Record<string, string>; answer: { paragraphs: string[]; plain?: string } }[];
  };
  doc.exchanges.forEach((exchange, index) => {
    const tag = ` (${index + 1})`;
    for (const key of ['text', 'plain'] as const) {
      if (exchange.question[key] !== undefined) exchange.question[key] += tag;
    }
    exchange.answer.paragraphs = exchange.answer.paragraphs.map((paragraph) => paragraph + tag);
    if (exchange.answer.plain !== undefined) exchange.answer.plain += tag;
  });
  return JSON.stringify(doc);
}

const folder = mkdtempSync(join(tmpdir(), 'ocr-bench-'));
// Exactly what an author types (npm's own start-up included), after one run that compiles the command.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const command = (file: string) =>
  execFileSync(npm, ['run', '--silent', 'validate', '--', file], { stdio: 'ignore' });
command('tests/fixtures/minimal.json');
for (const [label, content] of [
  ['the document', text],
  ['every text distinct', distinctTexts(text)],
] as const) {
  const file = join(folder, `${label.replaceAll(' ', '-')}.json`);
  writeFileSync(file, content);
  const walls: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    command(file);
    walls.push(performance.now() - start);
  }
  console.log(
    `npm run validate on ${label} (whole command, start-up included): median ${median(walls).toFixed(0)} ms over 5 runs`,
  );
}
