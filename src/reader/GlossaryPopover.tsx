import { useId, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { GlossaryEntry } from '../reading/glossary-marks';
import { Popover } from '../ui/Popover';
import { useGlossary } from './GlossaryContext';
import { goToFragment } from '../navigation/navigation';
import { useUiLanguage } from './useUiLanguage';

interface GlossaryPopoverProps {
  triggerRef: RefObject<HTMLButtonElement | null>;
  preview: boolean;
  entry: GlossaryEntry;
  fragment: string;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** A term's definition beside it, with a way to its glossary entry. Loaded on first use. */
export function GlossaryPopover(props: GlossaryPopoverProps) {
  const { triggerRef, preview, entry, fragment, onClose, onPointerEnter, onPointerLeave } = props;
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { contentLang } = useGlossary();
  const titleId = useId();
  const toEntry = (event: React.MouseEvent) => {
    event.preventDefault();
    // Close first, so the popover hands focus back before it moves on to the entry.
    flushSync(onClose);
    goToFragment(fragment, { push: true });
  };
  return (
    <Popover triggerRef={triggerRef} preview={preview} onClose={onClose} aria-labelledby={titleId}>
      <div
        className="glossary-popover"
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
        {...ui}
      >
        <p id={titleId} className="glossary-popover-term" {...contentLang}>
          {entry.term}
        </p>
        <p {...contentLang}>{entry.definition}</p>
        <div className="glossary-popover-actions">
          <a href={`#${fragment}`} onClick={toEntry}>
            {t('glossary.seeEntry', { term: entry.term })}
          </a>
          <Button className="button glossary-popover-close" onPress={onClose}>
            {t('glossary.close')}
          </Button>
        </div>
      </div>
    </Popover>
  );
}
