// What `npm run validate` finds in one file, apart from reading files and printing, so it can be
// tested: a report, written as lines of text (`FILE: /pointer: message`, one line per problem) or as JSON.
import { createI18n, problemMessage } from '../src/i18n/i18n.ts';
import { interpretText } from '../src/interview/interpret.ts';
import { MAX_INTERVIEW_BYTES } from '../src/interview/load.ts';
import { displayPointer, previewText, type Problem } from '../src/interview/problems.ts';
import { isWellFormedLocale, numberFormat } from '../src/reading/locale.ts';
import { fleschKincaidGrade, PLAIN_GRADE_LIMIT, plainFields } from '../src/reading/readability.ts';
import type { ReadOutcome } from './validate-read.ts';

const { t } = createI18n('en');

export interface Finding {
  pointer: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface Readability {
  pointer: string;
  grade: number;
  original: number | null;
  warnings: string[];
}

export interface FileReport {
  file: string;
  ok: boolean;
  title?: string;
  exchanges?: number;
  problems: Finding[];
  /** Problems past those listed, counted but not kept. */
  omitted: number;
  warnings: Finding[];
  readability: Readability[];
}

const finding = (problem: Problem): Finding => ({ ...problem, message: problemMessage(t, problem) });

function megabytes(bytes: number): string {
  return numberFormat('en', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(
    bytes / (1024 * 1024),
  );
}

const READ_FAILURES = {
  notFound: 'cannot read the file (no such file).',
  folder: 'cannot read the file (it is a folder).',
  unreadable: 'cannot read the file',
} as const;

export function reportFor(file: string, read: ReadOutcome | { ok: true; text: string }): FileReport {
  const base = emptyReport(file);
  if (!read.ok) {
    const message =
      read.reason === 'tooLarge'
        ? t('error.tooLarge', { limit: megabytes(MAX_INTERVIEW_BYTES) })
        : read.reason === 'unreadable'
          ? `${READ_FAILURES.unreadable} (${read.detail ?? 'unknown error'}).`
          : READ_FAILURES[read.reason];
    return { ...base, problems: [{ pointer: '', code: read.reason, params: {}, message }] };
  }
  const result = interpretText(read.text);
  if (!result.ok) {
    const { failure } = result;
    const problems =
      failure.kind === 'notJson' ? [failure.problem] : failure.kind === 'invalid' ? failure.problems : [];
    const omitted = failure.kind === 'invalid' ? (failure.omitted ?? 0) : 0;
    return { ...base, problems: problems.map(finding), omitted };
  }
  const { interview } = result;
  const warnings = isWellFormedLocale(interview.lang)
    ? []
    : [
        finding({
          pointer: '/lang',
          code: 'langNotRecognised',
          params: { lang: previewText(interview.lang) },
        }),
      ];
  return {
    ...base,
    ok: true,
    title: interview.title,
    exchanges: interview.exchanges.length,
    warnings,
    readability: readabilityOf(interview),
  };
}

const grade = (value: number) => value.toFixed(1);

/**
 * Readability of each plain field beside its original (Flesch–Kincaid grade, English only), and a
 * warning when a plain version is above grade 8 or harder than what it replaces. Warnings do not fail.
 */
export function readabilityOf(
  interview: Parameters<typeof plainFields>[0] & { lang: string },
): Readability[] {
  if (!/^en\b/i.test(interview.lang)) return [];
  return plainFields(interview).flatMap(({ pointer, plain, original }) => {
    const plainGrade = fleschKincaidGrade(plain);
    if (plainGrade === null) return [];
    const originalGrade = original === null ? null : fleschKincaidGrade(original);
    const warnings: string[] = [];
    if (plainGrade > PLAIN_GRADE_LIMIT)
      warnings.push(
        `grade ${grade(plainGrade)} is above ${PLAIN_GRADE_LIMIT}; use shorter sentences and words.`,
      );
    if (originalGrade !== null && plainGrade > originalGrade)
      warnings.push(
        `the plain version (grade ${grade(plainGrade)}) is harder than its original (grade ${grade(originalGrade)}).`,
      );
    return [{ pointer, grade: plainGrade, original: originalGrade, warnings }];
  });
}

/** Every plain field's grade line, each followed by its warnings (what --readability prints). */
export function readabilityLines(file: string, interview: Parameters<typeof readabilityOf>[0]): string[] {
  const report: FileReport = { ...emptyReport(file), ok: true, readability: readabilityOf(interview) };
  return reportLines(report, { readability: true }).slice(1);
}

function emptyReport(file: string): FileReport {
  return { file, ok: false, problems: [], omitted: 0, warnings: [], readability: [] };
}

export interface TextOptions {
  /** Every plain field's grade, rather than the warnings and one summary line. */
  readability?: boolean;
}

/** The report as lines: `FILE: /pointer: message`, each on one line whatever the document holds. */
export function reportLines(report: FileReport, { readability = false }: TextOptions = {}): string[] {
  const { file } = report;
  const line = (pointer: string, message: string) => `${file}: ${displayPointer(pointer)}: ${message}`;
  if (!report.ok) {
    return [
      ...report.problems.map((p) => line(p.pointer, p.message)),
      ...(report.omitted > 0 ? [line('', t('error.moreProblems', { count: report.omitted }))] : []),
    ];
  }
  const count = report.exchanges ?? 0;
  const lines = [
    `${file}: OK — “${previewText(report.title ?? '', 500)}”, ${count} ${count === 1 ? 'exchange' : 'exchanges'}`,
    ...report.warnings.map((w) => line(w.pointer, `warning: ${w.message}`)),
  ];
  for (const field of report.readability) {
    if (readability) {
      const versus = field.original === null ? '' : `, original ${grade(field.original)}`;
      lines.push(line(field.pointer, `readability: Flesch–Kincaid grade ${grade(field.grade)}${versus}.`));
    }
    for (const warning of field.warnings) lines.push(line(field.pointer, `warning: ${warning}`));
  }
  if (!readability && report.readability.length > 0)
    lines.push(line('', readabilitySummary(report.readability)));
  return lines;
}

function readabilitySummary(fields: readonly Readability[]): string {
  const grades = fields.map((field) => field.grade);
  const lowest = grades.reduce((a, b) => Math.min(a, b));
  const highest = grades.reduce((a, b) => Math.max(a, b));
  const warned = fields.filter((field) => field.warnings.length > 0).length;
  const versions = fields.length === 1 ? 'plain version' : 'plain versions';
  const range = `Flesch–Kincaid grade ${grade(lowest)}${highest > lowest ? ` to ${grade(highest)}` : ''}`;
  const warnings = warned === 0 ? 'no warnings' : `${warned} with warnings`;
  return `readability: ${fields.length} ${versions}, ${range}; ${warnings} (--readability lists every grade).`;
}

/** The text report of one document's text (for tests and the benchmark). */
export function formatReport(
  file: string,
  text: string,
  options: TextOptions = {},
): { ok: boolean; lines: string[] } {
  const report = reportFor(file, { ok: true, text });
  return { ok: report.ok, lines: reportLines(report, options) };
}
