import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Interview } from '../interview/generated/interview';
import { useAnnounce } from '../services/Announcer';
import { useAppCommands } from '../services/AppCommands';
import { runReadAloudCommand } from '../services/read-aloud-commands';
import { usePreferences, usePreferencesDispatch } from '../preferences/PreferencesProvider';
import { READING_MODES, TEXT_SIZES, type ReadingMode } from '../preferences/preferences';
import { hasPlainVersions } from '../reading/modes';
import { currentQuestion, focusQuestion, questionHeadings } from '../navigation/questions';
import { shortcutFor, type ShortcutCommand } from './shortcuts';

/** The next step of a ladder of sizes from any size, even one between two steps. */
export function stepTextSize(current: number, direction: 1 | -1): number {
  if (direction === 1) return TEXT_SIZES.find((size) => size > current) ?? current;
  return [...TEXT_SIZES].reverse().find((size) => size < current) ?? current;
}

/**
 * The mode after this one among those the document can show, or undefined when it can show only the
 * original: plain and both are disabled in the banner then, and a key must not reach them either.
 */
export function nextReadingMode(current: ReadingMode, plainAvailable: boolean): ReadingMode | undefined {
  if (!plainAvailable) return undefined;
  return READING_MODES[(READING_MODES.indexOf(current) + 1) % READING_MODES.length] ?? READING_MODES[0];
}

/**
 * Listens for the single-key shortcuts while they are switched on. Mounted once; a change to what
 * they act on does not re-subscribe, since the handler reads the latest values through a ref.
 */
export function useShortcuts(interview: Interview | undefined): void {
  const preferences = usePreferences();
  const dispatch = usePreferencesDispatch();
  const { setOpenDialog } = useAppCommands();
  const announce = useAnnounce();
  const { t } = useTranslation();
  const latest = useRef<Context>({ interview, preferences, dispatch, setOpenDialog, announce, t });
  // At commit, not after paint: a key pressed the moment the interview shows must already see it.
  useLayoutEffect(() => {
    latest.current = { interview, preferences, dispatch, setOpenDialog, announce, t };
  });

  const enabled = preferences.shortcuts;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutFor(event, document);
      if (command === undefined) return;
      if (run(command, latest.current)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

type Context = {
  interview: Interview | undefined;
  preferences: ReturnType<typeof usePreferences>;
  dispatch: ReturnType<typeof usePreferencesDispatch>;
  setOpenDialog: ReturnType<typeof useAppCommands>['setOpenDialog'];
  announce: (message: string) => void;
  t: TFunction;
};

/** Carries out a command; false when there was nothing to do, so the key keeps its usual meaning. */
function run(
  command: ShortcutCommand,
  { interview, preferences, dispatch, setOpenDialog, announce, t }: Context,
): boolean {
  switch (command) {
    case 'nextQuestion':
    case 'previousQuestion': {
      if (interview === undefined) return false;
      const headings = questionHeadings(interview);
      const from = currentQuestion(headings);
      // Above the first question there is nothing before it; "next" goes to the first.
      const heading = headings[command === 'nextQuestion' ? from + 1 : from - 1];
      if (heading === undefined) return false;
      focusQuestion(heading);
      return true;
    }
    case 'readingMode': {
      if (interview === undefined) return false;
      const mode = nextReadingMode(preferences.mode, hasPlainVersions(interview));
      // Nothing changes, so the app shell announces nothing: say why the key did nothing.
      if (mode === undefined) announce(t('announce.onlyOriginal', { mode: t('modes.options.original') }));
      else dispatch({ type: 'set', key: 'mode', value: mode });
      return true;
    }
    case 'largerText':
    case 'smallerText': {
      const value = stepTextSize(preferences.textSize, command === 'largerText' ? 1 : -1);
      dispatch({ type: 'set', key: 'textSize', value });
      return true;
    }
    case 'settings':
      setOpenDialog('settings');
      return true;
    case 'help':
      setOpenDialog('shortcuts');
      return true;
    case 'readAloud':
      return runReadAloudCommand('playPause');
    case 'nextSentence':
      return runReadAloudCommand('nextSentence');
    case 'previousSentence':
      return runReadAloudCommand('previousSentence');
    case 'stopReading':
      return runReadAloudCommand('stop');
  }
}
