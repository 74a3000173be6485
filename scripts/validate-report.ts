// What `npm run validate` prints for one file, apart from reading files and exiting, so it can be tested.
import { createI18n, problemMessage } from '../src/i18n/i18n.ts';
import { interpretText } from '../src/interview/load.ts';
import { displayPointer } from '../src/interview/problems.ts';

const i18n = createI18n('en');

export function formatReport(file: string, text: string): { ok: boolean; lines: string[] } {
  const result = interpretText(text);
  if (result.ok) {
    const { interview } = result;
    const count = interview.exchanges.length;
    return {
      ok: true,
      lines: [`${file}: OK — “${interview.title}”, ${count} ${count === 1 ? 'exchange' : 'exchanges'}`],
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
