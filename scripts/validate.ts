// The author's command: npm run validate -- FILE...
// Exit 0 with an OK line per valid file; otherwise exit 1 and one line per problem: FILE: /pointer: message.
import { readFileSync } from 'node:fs';
import { formatReport } from './validate-report.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run validate -- FILE.json [FILE.json ...]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    failed = true;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    console.log(`${file}: /: cannot read the file (${reason}).`);
    continue;
  }
  const report = formatReport(file, text);
  failed ||= !report.ok;
  for (const line of report.lines) console.log(line);
}
process.exit(failed ? 1 : 0);
