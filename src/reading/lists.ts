import { longLists } from './locale';

/** "A, B and C" in the given language (a document's tag Intl refuses falls back, never throws). */
export function formatList(items: readonly string[], locale: string): string {
  return longLists(locale).format(items);
}
