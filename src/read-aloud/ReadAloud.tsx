import { useEffect, useLayoutEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { handleReadAloudCommands } from '../services/read-aloud-commands';
import { Button } from '../ui/Button';
import { isDialogOpen } from '../ui/open-dialog';
import { useReadAloud, type ReadAloud as Reader } from './useReadAloud';
import { useReadThis } from './useReadThis';
import './read-aloud.css';

/**
 * "Read aloud" in the banner: one button that starts, pauses and resumes, and while reading the
 * previous and next sentence, stop, and "Back to where I'm reading" once the reader has scrolled away.
 * Also puts "Read this" beside each question and answer, and answers the shortcuts and Escape.
 */
export function ReadAloud() {
  const { t } = useTranslation();
  const reader = useReadAloud();
  const noteId = useId();
  const main = useRef<HTMLButtonElement>(null);
  const group = useRef<HTMLDivElement>(null);
  const focusInside = useRef(false);
  const active = reader.status !== 'idle';
  useCommands(reader);
  useReadThis(reader.start);

  useEffect(() => {
    const element = group.current;
    if (element === null) return;
    const onFocusIn = () => (focusInside.current = true);
    const onFocusOut = (event: FocusEvent) =>
      (focusInside.current = event.relatedTarget instanceof Node && element.contains(event.relatedTarget));
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  // Stop and its neighbours go when reading stops: focus must not be lost with them.
  useEffect(() => {
    if (!active && focusInside.current && document.activeElement === document.body) main.current?.focus();
  }, [active]);

  const label =
    reader.status === 'playing'
      ? t('readAloud.pause')
      : reader.status === 'paused'
        ? t('readAloud.resume')
        : t('readAloud.start');
  return (
    <div className="read-aloud" role="group" aria-label={t('readAloud.group')} ref={group}>
      <Button
        ref={main}
        className="read-aloud-main"
        onPress={reader.toggle}
        {...(reader.note !== null && { 'aria-describedby': noteId })}
      >
        {label}
      </Button>
      {active && (
        <>
          <Button onPress={reader.previous}>{t('readAloud.previous')}</Button>
          <Button onPress={reader.next}>{t('readAloud.next')}</Button>
          <Button onPress={reader.stop}>{t('readAloud.stop')}</Button>
          {!reader.following && (
            <Button className="read-aloud-back" onPress={reader.backToReading}>
              {t('readAloud.back')}
            </Button>
          )}
        </>
      )}
      {reader.note !== null && (
        <p id={noteId} className="read-aloud-note">
          {t(`readAloud.notes.${reader.note}`, { language: reader.languageName })}
        </p>
      )}
    </div>
  );
}

/** The shortcuts' read-aloud commands, and Escape, which stops reading whenever nothing else takes it. */
function useCommands(reader: Reader): void {
  const latest = useRef(reader);
  useLayoutEffect(() => {
    latest.current = reader;
  });
  useEffect(() => {
    const release = handleReadAloudCommands((command) => {
      const current = latest.current;
      switch (command) {
        case 'playPause':
          current.toggle();
          return true;
        case 'stop':
          if (current.status === 'idle') return false;
          current.stop();
          return true;
        case 'nextSentence':
          return current.next();
        case 'previousSentence':
          return current.previous();
      }
    });
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || latest.current.status === 'idle') return;
      if (isDialogOpen(document)) return;
      latest.current.stop();
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      release();
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
