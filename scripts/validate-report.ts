// What `npm run validate` prints for one file, apart from reading files and exiting, so it can be tested.
import { createI18n, problemMessage } from '../src/i18n/i18n.ts';
import { interpretText } from '../src/interview/interpret.ts';
import { displayPointer } from '../src/interview/problems.ts';
import { fleschKincaidGrade, PLAIN_GRADE_LIMIT, plainFields } from '../src/reading/readability.ts';

const i18n = createI18n('en');

export function formatReport(file: string, text: string): { ok: boolean; lines: string[] } {
  const result = interpretText(text);
  if (result.ok) {
    const { interview } = result;
    const count = interview.exchanges.length;
    return {
      ok: true,
      lines: [
        `${file}: OK — “${interview.title}”, ${count} ${count === 1 ? 'exchange' : 'exchanges'}`,
        ...readabilityLines(file, interview),
      ],
    };
  }
  const { failure } = result;
  const problems =
    failure.kind === 'notJson' ? [failure.problem] : failure.kind === 'invalid' ? failure.problems : [];
  return {
    ok: false,
    lines: problems.map((p) => `${file}: ${displayPointer(p.pointer)}: ${problemMessage(i18n.t, p)}`),
  };
}

const grade = (value: number) => value.toFixed(1);

/**
 * Readability of each plain field beside its original (Flesch–Kincaid grade, English only), and a
 * warning when a plain version is above grade 8 or harder than what it replaces. Warnings do not fail.
 */
export function readabilityLines(
  file: string,
  interview: Parameters<typeof plainFields>[0] & { lang: string },
): string[] {
  if (!/^en\b/i.test(interview.lang)) return [];
  return plainFields(interview).flatMap(({ pointer, plain, original }) => {
    const plainGrade = fleschKincaidGrade(plain);
    if (plainGrade === null) return [];
    const originalGrade = original === null ? null : fleschKincaidGrade(original);
    const versus = originalGrade === null ? '' : `, original ${grade(originalGrade)}`;
    const lines = [`${file}: ${pointer}: readability: Flesch–Kincaid grade ${grade(plainGrade)}${versus}.`];
    if (plainGrade > PLAIN_GRADE_LIMIT)
      lines.push(
        `${file}: ${pointer}: warning: grade ${grade(plainGrade)} is above ${PLAIN_GRADE_LIMIT}; use shorter sentences and words.`,
      );
    if (originalGrade !== null && plainGrade > originalGrade)
      lines.push(
        `${file}: ${pointer}: warning: the plain version (grade ${grade(plainGrade)}) is harder than its original (grade ${grade(originalGrade)}).`,
      );
    return lines;
  });
}
