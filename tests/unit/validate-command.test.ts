// @vitest-environment node
// `npm run validate`: formatReport's lines, and the real command's output and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../scripts/validate-report.ts';
import { builtInText, fixturePath, fixtureText, projectRoot } from './fixtures';

const problemLine = /^[\w./-]+\.json: \/[^:]*: \S.*[.:]$/;

const invalidFixtures = [
  'not-an-object',
  'wrong-schema-version',
  'missing-exchanges',
  'blank-question',
  'empty-answer',
  'duplicate-id',
  'unknown-speaker',
  'broken',
];

describe('formatReport', () => {
  it.each([
    ['minimal.json', fixtureText('minimal'), 'minimal.json: OK — “A minimal interview”, 2 exchanges'],
    [
      'markup.json',
      fixtureText('markup'),
      'markup.json: OK — “<script>alert(1)</script> & <b>bold</b>”, 2 exchanges',
    ],
  ])('reports %s as OK, with its title and number of exchanges', (file, text, line) => {
    expect(formatReport(file, text)).toEqual({ ok: true, lines: [line] });
  });

  it('reports the built-in interview as OK, then the readability of its plain versions, without warnings', () => {
    const report = formatReport('sound-of-metal.json', builtInText());
    expect(report.ok).toBe(true);
    expect(report.lines[0]).toMatch(/^sound-of-metal\.json: OK — “Riz Ahmed on .+”, \d+ exchanges$/);
    const readability = report.lines.slice(1);
    expect(readability).toHaveLength(14);
    for (const line of readability) {
      expect(line).toMatch(
        /^sound-of-metal\.json: \/[\w/]+\/plain: readability: Flesch–Kincaid grade -?\d+\.\d(, original -?\d+\.\d)?\.$/,
      );
    }
  });

  it('says "1 exchange", not "1 exchanges"', () => {
    const doc = JSON.parse(fixtureText('minimal')) as { exchanges: unknown[] };
    doc.exchanges = doc.exchanges.slice(0, 1);
    expect(formatReport('one.json', JSON.stringify(doc)).lines).toEqual([
      'one.json: OK — “A minimal interview”, 1 exchange',
    ]);
  });

  it.each(invalidFixtures)('reports %s.json as one line per problem: FILE: /pointer: message', (name) => {
    const report = formatReport(`${name}.json`, fixtureText(name));
    expect(report.ok).toBe(false);
    expect(report.lines).toHaveLength(1);
    for (const line of report.lines) {
      expect(line).toMatch(problemLine);
      expect(line).not.toContain('{{');
    }
  });

  it('writes the sentence a person reads, with the pointer and the details', () => {
    expect(formatReport('d.json', fixtureText('duplicate-id')).lines).toEqual([
      'd.json: /exchanges/1/id: The exchange id “one” is used twice: here and at /exchanges/0/id.',
    ]);
    expect(formatReport('b.json', fixtureText('broken')).lines).toEqual([
      'b.json: /: The JSON is broken at line 5, column 3.',
    ]);
    expect(formatReport('n.json', fixtureText('not-an-object')).lines).toEqual([
      'n.json: /: An interview must be a JSON object, but this document is a JSON array.',
    ]);
  });
});

describe('the validate command', { timeout: 30_000 }, () => {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const scratch = mkdtempSync(join(tmpdir(), 'validate-command-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function run(...files: string[]): { status: number | null; stdout: string[]; stderr: string } {
    const result = spawnSync(tsx, ['scripts/validate.ts', ...files], { cwd: projectRoot, encoding: 'utf8' });
    return {
      status: result.status,
      stdout: result.stdout.split('\n').filter((line) => line !== ''),
      stderr: result.stderr,
    };
  }

  it('exits 0 with an OK line for a valid file', () => {
    const { status, stdout } = run('tests/fixtures/minimal.json');
    expect(stdout).toEqual(['tests/fixtures/minimal.json: OK — “A minimal interview”, 2 exchanges']);
    expect(status).toBe(0);
  });

  it('exits 1 with one line per problem for a broken file and a missing one', () => {
    const { status, stdout } = run(
      'tests/fixtures/minimal.json',
      'tests/fixtures/unknown-speaker.json',
      'nope.json',
    );
    expect(stdout).toEqual([
      'tests/fixtures/minimal.json: OK — “A minimal interview”, 2 exchanges',
      'tests/fixtures/unknown-speaker.json: /exchanges/1/answer/speaker: No speaker has the id “ghost”. Known speakers: host, guest, producer.',
      'nope.json: /: cannot read the file (no such file).',
    ]);
    expect(status).toBe(1);
  });

  it('exits 2 with usage when given no file', () => {
    const { status, stdout, stderr } = run();
    expect(stdout).toEqual([]);
    expect(stderr).toMatch(/^Usage: npm run validate -- FILE\.json/);
    expect(status).toBe(2);
  });

  it('accepts a file saved with a UTF-8 byte order mark, as the app does', () => {
    const file = join(scratch, 'with-bom.json');
    writeFileSync(file, '\uFEFF' + fixtureText('minimal'));
    const { status, stdout } = run(file);
    expect(stdout).toEqual([`${file}: OK — “A minimal interview”, 2 exchanges`]);
    expect(status).toBe(0);
  });

  it('takes absolute paths too', () => {
    expect(run(fixturePath('empty-answer')).stdout).toEqual([
      `${fixturePath('empty-answer')}: /exchanges/0/answer/paragraphs: This list needs at least 1 item.`,
    ]);
  });
});
