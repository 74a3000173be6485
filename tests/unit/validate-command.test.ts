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

  it('reports the built-in interview as OK, with one readability summary line and no warnings', () => {
    const report = formatReport('sound-of-metal.json', builtInText());
    expect(report.ok).toBe(true);
    expect(report.lines).toEqual([
      expect.stringMatching(/^sound-of-metal\.json: OK — “Riz Ahmed on .+”, \d+ exchanges$/),
      'sound-of-metal.json: /: readability: 14 plain versions, Flesch–Kincaid grade 0.2 to 6.7; no warnings (--readability lists every grade).',
    ]);
  });

  it('with --readability, lists the grade of every plain version beside its original', () => {
    const report = formatReport('sound-of-metal.json', builtInText(), { readability: true });
    expect(report.ok).toBe(true);
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

describe('the validate command', { timeout: 60_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'validate-command-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** What `npm run validate` runs: the command compiled to JavaScript (built on first use). */
  function run(...files: string[]): { status: number | null; stdout: string[]; stderr: string } {
    const result = spawnSync(process.execPath, ['scripts/validate-cli.mjs', ...files], {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
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
    expect(stderr).toMatch(/^Usage: npm run validate -- \[--json\] \[--readability\] FILE\.json/);
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

  function scratchFile(name: string, content: string | Buffer): string {
    const file = join(scratch, name);
    writeFileSync(file, content);
    return file;
  }

  it('refuses a double byte order mark, as the app does', () => {
    const file = scratchFile('two-boms.json', '\uFEFF\uFEFF' + fixtureText('minimal'));
    const { status, stdout } = run(file);
    expect(stdout).toEqual([
      `${file}: /: The file starts with more than one byte order mark (the invisible character U+FEFF). Save it as UTF-8, with one mark at most.`,
    ]);
    expect(status).toBe(1);
  });

  it('refuses a file over the reader’s 20 MB limit, as the app does, and never reads /dev/zero forever', () => {
    const big = JSON.parse(fixtureText('minimal')) as { subtitle?: string };
    big.subtitle = 'x';
    const file = scratchFile(
      'big.json',
      JSON.stringify(big).replace('"x"', `"x"${' '.repeat(21 * 1024 * 1024)}`),
    );
    const tooLarge = 'The file is too large. This reader opens files up to 20 MB.';
    const { status, stdout } = run(file, '/dev/zero', 'tests/fixtures/minimal.json');
    expect(stdout).toEqual([
      `${file}: /: ${tooLarge}`,
      `/dev/zero: /: ${tooLarge}`,
      'tests/fixtures/minimal.json: OK — “A minimal interview”, 2 exchanges',
    ]);
    expect(status).toBe(1);
  });

  it('writes one line per problem, quoting a property name that holds a line break or a bidi control', () => {
    const { stdout } = run('tests/fixtures/newline-property.json');
    expect(stdout).toEqual([
      'tests/fixtures/newline-property.json: /exchanges/0/question/note\\nsecond line\\u202e: “note\\nsecond line\\u202e” is not a field the contract knows. Check its spelling.',
    ]);
  });

  it('survives a value nested 100,000 levels deep, and goes on to the next file', () => {
    const deep = `{"schemaVersion":${'['.repeat(100_000)}1${']'.repeat(100_000)}}`;
    const { status, stdout, stderr } = run(scratchFile('deep.json', deep), 'tests/fixtures/minimal.json');
    expect(stdout).toEqual([
      `${join(scratch, 'deep.json')}: /: Values are nested more than 32 levels deep, from line 1, column 49. An interview is never nested that deep, so this file cannot be one.`,
      'tests/fixtures/minimal.json: OK — “A minimal interview”, 2 exchanges',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });

  it('lists 100 problems and says how many more there are', () => {
    const doc = JSON.parse(fixtureText('minimal')) as { exchanges: unknown[] };
    doc.exchanges = Array.from({ length: 50_000 }, () => 1);
    const file = scratchFile('flood.json', JSON.stringify(doc));
    const { stdout } = run(file);
    expect(stdout).toHaveLength(101);
    expect(stdout[100]).toBe(`${file}: /: …and 49901 more problems.`);
  });

  it('refuses a day that does not exist', () => {
    expect(run('tests/fixtures/impossible-date.json').stdout).toEqual([
      'tests/fixtures/impossible-date.json: /source/published: There is no such date or time as 2021-02-30. Check the month (01 to 12), that the day exists in that month, and the time.',
    ]);
  });

  it('warns about a language tag Intl refuses, which the reader shows anyway', () => {
    const { status, stdout } = run('tests/fixtures/lang-not-intl.json');
    expect(stdout[1]).toBe(
      'tests/fixtures/lang-not-intl.json: /lang: warning: “en-US-US” has the shape of a language tag but is not a valid BCP 47 tag, so the reader sorts and counts words by general rules. Use a tag like “en”, “en-GB” or “es-419”.',
    );
    expect(status).toBe(0);
  });

  it('agrees on glossary terms in a Turkish locale, where toLocaleLowerCase("I") is "ı"', () => {
    const env = { ...process.env, LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' };
    const doc = JSON.parse(fixtureText('turkish-terms')) as { glossary: { term: string }[] };
    doc.glossary.push({ ...doc.glossary[1], term: 'IZMIR' } as { term: string });
    const file = scratchFile('turkish.json', JSON.stringify(doc));
    for (const environment of [env, { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }]) {
      const result = spawnSync(process.execPath, ['scripts/validate-cli.mjs', file], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: environment,
      });
      expect(result.stdout.trim()).toBe(
        `${file}: /glossary/2/term: The glossary term “IZMIR” is listed twice (ignoring capitals): here and at /glossary/1/term.`,
      );
    }
  });

  it('loses no line through a pipe', () => {
    // 2,500 exchanges with two plain versions each: 5,001 lines with --readability.
    const doc = JSON.parse(builtInText()) as { exchanges: { id: string; question: { plain?: string } }[] };
    const withPlain = doc.exchanges.filter((exchange) => exchange.question.plain !== undefined)[0];
    doc.exchanges = Array.from({ length: 2_500 }, (_, index) => ({
      ...withPlain,
      id: `e-${index}`,
    })) as typeof doc.exchanges;
    const file = scratchFile('many-lines.json', JSON.stringify(doc));
    const piped = spawnSync('sh', ['-c', `node scripts/validate-cli.mjs --readability "${file}" | wc -l`], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    const expected = run('--readability', file).stdout.length;
    expect(expected).toBeGreaterThan(5_000);
    expect(Number(piped.stdout.trim())).toBe(expected);
  });

  it('prints one JSON document with --json, for tools', () => {
    const { status, stdout } = run(
      '--json',
      'tests/fixtures/minimal.json',
      'tests/fixtures/duplicate-id.json',
    );
    const output = JSON.parse(stdout.join('\n')) as {
      files: { file: string; ok: boolean; problems: unknown[] }[];
    };
    expect(output.files.map((file) => [file.file, file.ok])).toEqual([
      ['tests/fixtures/minimal.json', true],
      ['tests/fixtures/duplicate-id.json', false],
    ]);
    expect(output.files[1]?.problems).toEqual([
      {
        pointer: '/exchanges/1/id',
        code: 'duplicateExchangeId',
        params: { id: 'one', other: '/exchanges/0/id' },
        message: 'The exchange id “one” is used twice: here and at /exchanges/0/id.',
      },
    ]);
    expect(status).toBe(1);
  });

  it('exits 2 on an option it does not know', () => {
    const { status, stderr } = run('--fast', 'tests/fixtures/minimal.json');
    expect(stderr).toMatch(/^Unknown option --fast\nUsage:/);
    expect(status).toBe(2);
  });
});
