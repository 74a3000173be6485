// What the article shows of each part, read back from the DOM, and what it should show, worked out from
// the document alone. Both are lists of tokens per unit (the introduction, each exchange, the
// afterword): "Q text" for a question heading, "T text" for a paragraph, "P text" for a paragraph of a
// plain version shown after its original, and ORIGINAL for the "Original wording" note.
//
// `shownInMode` is the one place that knows the markup. Every mode is in the DOM behind a CSS switch
// (reading-modes.css, loaded into jsdom by the test setup): what is shown is what is not display:none.
import type { Interview } from '../../src/interview/generated/interview';
import type { ReadingMode } from '../../src/preferences/preferences';

export interface Shown {
  intro: string[];
  exchanges: string[][];
  outro: string[];
}

/** Shown: neither it nor anything around it is display:none (CSS decides what each mode shows). */
function isShown(element: Element): boolean {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    if (getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

function tokens(unit: Element, mode: ReadingMode): string[] {
  const out: string[] = [];
  for (const element of unit.querySelectorAll('.question-words, .question .original-wording, p')) {
    if (!isShown(element)) continue;
    if (element.matches('.question-words')) out.push(`Q ${element.textContent}`);
    else if (element.matches('.speaker-label, .plain-label')) continue;
    else if (element.matches('.original-wording')) out.push('ORIGINAL');
    // Alone (plain mode) a plain version is the text; after its original (both mode) it is set apart.
    else if (mode === 'both' && element.closest('.plain-version')) out.push(`P ${element.textContent}`);
    else out.push(`T ${element.textContent}`);
  }
  return out;
}

/** What `root` shows in `mode`: every mode is in the DOM, and CSS hides all but one. */
export function shownInMode(root: ParentNode, mode: ReadingMode): Shown {
  const around = (id: string) => {
    const unit = root.querySelector(`#${id}`)?.closest('section');
    return unit === null || unit === undefined ? [] : tokens(unit, mode);
  };
  return {
    intro: around('introduction'),
    exchanges: [...root.querySelectorAll('section.exchange')].map((unit) => tokens(unit, mode)),
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
