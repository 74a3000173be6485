// What the article shows of each part, read back from the DOM, and what it should show, worked out from
// the document alone. Both are lists of tokens per unit (the introduction, each exchange, the
// afterword): "Q text" for a question heading, "T text" for a paragraph, "P text" for a paragraph of a
// plain version shown after its original, and ORIGINAL for the "Original wording" note.
//
// `shownInMode` is the one place that knows the markup. Today the DOM holds one mode at a time; when
// every mode is in the DOM behind a CSS switch, select the part for `mode` there (for example
// `[data-mode~="plain"]`, or by the switch's computed visibility) and the properties stay as they are.
import type { Interview } from '../../src/interview/generated/interview';
import type { ReadingMode } from '../../src/preferences/preferences';

export interface Shown {
  intro: string[];
  exchanges: string[][];
  outro: string[];
}

function tokens(unit: Element): string[] {
  const out: string[] = [];
  for (const element of unit.querySelectorAll('.question-text, p')) {
    if (element.matches('.question-text')) out.push(`Q ${element.textContent}`);
    else if (element.matches('.speaker-label, .plain-label')) continue;
    else if (element.matches('.original-wording')) out.push('ORIGINAL');
    else if (element.closest('.plain-version')) out.push(`P ${element.textContent}`);
    else out.push(`T ${element.textContent}`);
  }
  return out;
}

/** What `root` shows in `mode` (see the note above on markup with every mode in it). */
export function shownInMode(root: ParentNode, mode: ReadingMode): Shown {
  void mode; // One mode in the DOM at a time, for now: everything there is what this mode shows.
  const section = (id: string) => root.querySelector(`section[aria-labelledby="${id}"]`);
  const around = (id: string) => {
    const unit = section(id);
    return unit === null ? [] : tokens(unit);
  };
  return {
    intro: around('introduction'),
    exchanges: [...root.querySelectorAll('section.exchange')].map(tokens),
    outro: around('afterword'),
  };
}

const hasText = (text: string | undefined): text is string => text !== undefined && /\S/u.test(text);
/** A plain version's paragraphs: a blank line starts a new one. */
const paragraphsOf = (plain: string) =>
  plain
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');

/** Whether the document has any plain version; without one, every mode shows the original. */
function anyPlain(doc: Interview): boolean {
  const passages = [...(doc.intro ?? []), ...(doc.outro ?? [])];
  return (
    passages.some((p) => hasText(p.plain)) ||
    doc.exchanges.some((e) => hasText(e.question.plain) || hasText(e.answer.plain))
  );
}

function part(original: readonly string[], plain: string | undefined, mode: ReadingMode): string[] {
  const originals = original.map((text) => `T ${text}`);
  if (mode === 'original') return originals;
  if (mode === 'plain')
    return hasText(plain) ? paragraphsOf(plain).map((p) => `T ${p}`) : ['ORIGINAL', ...originals];
  return [...originals, ...(hasText(plain) ? paragraphsOf(plain).map((p) => `P ${p}`) : [])];
}

/** What a mode must show of a document: each question, answer and plain version exactly once, in order. */
export function expectedInMode(doc: Interview, chosen: ReadingMode): Shown {
  const mode = chosen === 'original' || anyPlain(doc) ? chosen : 'original';
  const passages = (list: Interview['intro']) => (list ?? []).flatMap((p) => part([p.text], p.plain, mode));
  return {
    intro: passages(doc.intro),
    exchanges: doc.exchanges.map(({ question, answer }) => {
      const heading =
        mode === 'plain'
          ? hasText(question.plain)
            ? [`Q ${question.plain}`]
            : [`Q ${question.text}`, 'ORIGINAL']
          : [
              `Q ${question.text}`,
              ...(mode === 'both' && hasText(question.plain)
                ? paragraphsOf(question.plain).map((p) => `P ${p}`)
                : []),
            ];
      return [...heading, ...part(answer.paragraphs, answer.plain, mode)];
    }),
    outro: passages(doc.outro),
  };
}
