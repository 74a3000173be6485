// The author's command: npm run validate -- [--json] [--readability] FILE...
// Exit 0 with an OK line per valid file; otherwise exit 1 and one line per problem: FILE: /pointer: message.
// `--readability` lists every plain version's grade; `--json` prints one JSON document for tools.
// Run through scripts/validate-cli.mjs, which compiles this file to JavaScript once, for a quick start.
import { MAX_INTERVIEW_BYTES } from '../src/interview/load.ts';
import { readDocument } from './validate-read.ts';
import { reportFor, reportLines, type FileReport } from './validate-report.ts';

const USAGE = 'Usage: npm run validate -- [--json] [--readability] FILE.json [FILE.json ...]';

export function main(args: readonly string[]): number {
  const options = new Set(args.filter((arg) => arg.startsWith('--') && arg !== '--'));
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = [...options].filter((option) => option !== '--json' && option !== '--readability');
  if (files.length === 0 || unknown.length > 0) {
    process.stderr.write(`${unknown.map((option) => `Unknown option ${option}\n`).join('')}${USAGE}\n`);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const file of files) {
    const report = reportFor(file, readDocument(file, MAX_INTERVIEW_BYTES));
    reports.push(report);
    // Written as each file is done; process.exitCode (not process.exit) lets a pipe take all of it.
    if (!options.has('--json')) {
      const lines = reportLines(report, { readability: options.has('--readability') });
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  }
  if (options.has('--json')) process.stdout.write(`${JSON.stringify({ files: reports }, null, 2)}\n`);
  return reports.every((report) => report.ok) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
