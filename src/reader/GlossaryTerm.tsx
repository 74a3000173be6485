import type { ReactNode } from 'react';
import { definitionId } from './definition-ids';

interface GlossaryTermProps {
  id: string;
  /** The fragment of the term's glossary entry, which names its one definition popover. */
  fragment: string;
  children: ReactNode;
}

/**
 * A glossary term in the text: a native button that opens the term's definition, a native popover
 * rendered once per entry (GlossaryDefinitions). The browser does the rest, script or not: it shows
 * the definition beside the term, moves focus into it, closes it on Escape or a press elsewhere and
 * returns focus here. An interview of 10,000 exchanges has tens of thousands of these, so it is as
 * light as a button can be: no state, no handlers (hover is one listener for the whole page).
 * No aria-haspopup: Orca would say "opens dialog" after every term in say-all. The browser already
 * exposes the button as expandable ("collapsed"), which is what a definition beside a word is.
 */
export function GlossaryTerm({ id, fragment, children }: GlossaryTermProps) {
  return (
    <button type="button" id={id} className="glossary-term" popoverTarget={definitionId(fragment)}>
      {children}
    </button>
  );
}
