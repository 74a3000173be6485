// A prerendered page's article view model, made ahead of hydrating it a few exchanges per task. Made
// inside the article's first render, it was one long task in which the page could neither scroll nor
// answer a key. The article waits for it (it suspends, and its prerendered HTML stays as it is); the
// banner, the shortcuts and everything else hydrate meanwhile.
import type { Interview } from '../interview/generated/interview';
import { sharedArticleBuilder } from '../reading/article-view';
import { directionOf } from '../reading/direction';
import { longDates, longLists, wholeNumbers } from '../reading/locale';
import { nextTask } from '../services/next-task';

/** Exchanges given their view model per task. */
const STEP = 2;

const ahead = new WeakMap<Interview, Promise<void>>();

/**
 * What the first render asks of the engine for a language, each its own task: the first number,
 * plural, list or date formatter made for a language loads its data (10–20 ms each on a slow phone),
 * and all four inside the article's render made one long task.
 */
const warmUps: readonly ((language: string) => unknown)[] = [
  (language) => wholeNumbers(language).format(1),
  (language) => new Intl.PluralRules(language).select(1),
  (language) => longLists(language).format(['a', 'b']),
  (language) => longDates(language).format(0),
  directionOf,
];

async function warmUpLanguage(language: string): Promise<void> {
  for (const warmUp of warmUps) {
    await nextTask();
    warmUp(language);
  }
}

/** Starts making `interview`'s view model in the background; `interfaceLanguage`'s data first. */
export function makeViewAhead(interview: Interview, interfaceLanguage: string): void {
  const made = (async () => {
    await warmUpLanguage(interfaceLanguage);
    await nextTask();
    const builder = sharedArticleBuilder(interview);
    for (let count = 0; count < builder.total; count += STEP) {
      await nextTask();
      builder.view(count);
    }
  })()
    // Whatever went wrong is met again, and shown, when the article makes the view itself.
    .catch(() => {})
    .finally(() => ahead.delete(interview));
  ahead.set(interview, made);
}

/** The view model still being made for `interview`, if it is. */
export function viewAhead(interview: Interview): Promise<void> | undefined {
  return ahead.get(interview);
}
