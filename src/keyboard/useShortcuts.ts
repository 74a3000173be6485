import { useEffect, useRef } from 'react';
import type { Interview } from '../interview/generated/interview';
import { useAppCommands } from '../app/AppCommands';
import { usePreferences, usePreferencesDispatch } from '../preferences/PreferencesProvider';
import { READING_MODES, TEXT_SIZES } from '../preferences/preferences';
import { currentQuestion, focusQuestion, questionHeadings } from './questions';
import { shortcutFor, type ShortcutCommand } from './shortcuts';

/** The next step of a ladder of sizes from any size, even one between two steps. */
export function stepTextSize(current: number, direction: 1 | -1): number {
  if (direction === 1) return TEXT_SIZES.find((size) => size > current) ?? current;
  return [...TEXT_SIZES].reverse().find((size) => size < current) ?? current;
}

/**
 * Listens for the single-key shortcuts while they are switched on. Mounted once; a change to what
 * they act on does not re-subscribe, since the handler reads the latest values through a ref.
 */
export function useShortcuts(interview: Interview | undefined): void {
  const preferences = usePreferences();
  const dispatch = usePreferencesDispatch();
  const { setOpenDialog } = useAppCommands();
  const latest = useRef({ interview, preferences, dispatch, setOpenDialog });
  useEffect(() => {
    latest.current = { interview, preferences, dispatch, setOpenDialog };
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
};

/** Carries out a command; false when there was nothing to do, so the key keeps its usual meaning. */
function run(
  command: ShortcutCommand,
  { interview, preferences, dispatch, setOpenDialog }: Context,
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
      const index = READING_MODES.indexOf(preferences.mode);
      const mode = READING_MODES[(index + 1) % READING_MODES.length] ?? READING_MODES[0];
      dispatch({ type: 'set', key: 'mode', value: mode });
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
  }
}
