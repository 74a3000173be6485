import { useTranslation } from 'react-i18next';
import { sentence } from '../i18n/slots';
import type { GlossaryEntry } from '../reading/glossary-marks';
import { definitionId, definitionTermId } from './definition-ids';
import { useGlossary } from './GlossaryContext';
import { useDefinitionPopovers } from './useDefinitionPopovers';
import { useUiLanguage } from './useUiLanguage';
import './definitions.css';

interface GlossaryDefinitionsProps {
  entries: readonly GlossaryEntry[];
  fragments: readonly string[];
}

/**
 * One definition per glossary entry, each a native popover that every mark of the term opens
 * (popovertarget): in the prerendered page they work before and without script. A popover is
 * non-modal (the page stays readable around it), shown in the top layer beside the term that opened
 * it (CSS anchor positioning, definitions.css), and the browser closes it on Escape or a press
 * elsewhere and gives focus back to the term. With script, hovering a term shows it too.
 */
export function GlossaryDefinitions({ entries, fragments }: GlossaryDefinitionsProps) {
  useDefinitionPopovers();
  return (
    <div className="definitions">
      {entries.map((entry, index) => {
        const fragment = fragments[index];
        return fragment === undefined ? null : (
          <Definition key={fragment} entry={entry} fragment={fragment} />
        );
      })}
    </div>
  );
}

/** The browser moves focus to an autofocus popover as it opens; React sets the attribute only on the server. */
const keepAutofocus = (node: HTMLElement | null) => node?.setAttribute('autofocus', '');

function Definition({ entry, fragment }: { entry: GlossaryEntry; fragment: string }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { contentLang } = useGlossary();
  const id = definitionId(fragment);
  const seeEntry = sentence(t, 'glossary.seeEntry', { term: <bdi {...contentLang}>{entry.term}</bdi> });
  return (
    <div
      ref={keepAutofocus}
      id={id}
      popover="auto"
      role="dialog"
      aria-labelledby={definitionTermId(fragment)}
      tabIndex={-1}
      // Not focus on load: a popover's autofocus takes focus as the reader opens it, script or not.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
      className="definition"
      {...ui}
    >
      <div className="definition-text">
        <h3 id={definitionTermId(fragment)} className="definition-term" {...contentLang}>
          {entry.term}
        </h3>
        <p {...contentLang}>{entry.definition}</p>
      </div>
      <div className="definition-actions">
        <a href={`#${fragment}`}>{seeEntry}</a>
        <button type="button" className="button" popoverTarget={id} popoverTargetAction="hide">
          {t('glossary.close')}
        </button>
      </div>
    </div>
  );
}
