import type { ReactNode } from 'react';
import { directionOf } from '../reading/direction';

/** The app's name is English in every interface language. */
export const APP_NAME_LANG = 'en';

/** Interpolation values that leave each placeholder in the translated sentence, for <Sentence>. */
export function placeholders<K extends string>(...names: K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, `{{${name}}}`])) as Record<K, string>;
}

interface SentenceProps {
  /** The translated sentence with its placeholders left in: t(key, placeholders('authors', …)). */
  text: string;
  /** Each placeholder's text, and the language it is written in. */
  values: Record<string, { text: string; lang: string }>;
}

/**
 * An interface sentence with names from elsewhere placed in it (authors, publication, the app's name):
 * each name in its own `lang` and `dir`, so an English name in an Arabic sentence is read with English
 * rules (WCAG 3.1.2), and isolated by <bdi> so it keeps its direction without isolate characters.
 */
export function Sentence({ text, values }: SentenceProps): ReactNode {
  return text.split(/\{\{(\w+)\}\}/).map((part, index) => {
    const value = index % 2 === 1 ? values[part] : undefined;
    if (value === undefined) return part;
    return (
      <bdi key={index} lang={value.lang} dir={directionOf(value.lang)}>
        {value.text}
      </bdi>
    );
  });
}
