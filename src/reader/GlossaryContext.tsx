import { createContext, useContext } from 'react';
import type { GlossaryEntry } from '../reading/glossary-marks';

export interface GlossaryInfo {
  entries: readonly GlossaryEntry[];
  /** Each entry's fragment in the Glossary section, by index. */
  fragments: readonly string[];
  /** The document's language, for a term and its definition inside a popover in the interface's language. */
  contentLang: { lang: string; dir: 'ltr' | 'rtl' };
}

export const GlossaryContext = createContext<GlossaryInfo>({
  entries: [],
  fragments: [],
  contentLang: { lang: 'en', dir: 'ltr' },
});

export function useGlossary(): GlossaryInfo {
  return useContext(GlossaryContext);
}
