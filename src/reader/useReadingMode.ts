import { useMemo } from 'react';
import type { Interview } from '../interview/generated/interview';
import { usePreference } from '../preferences/PreferencesProvider';
import type { ReadingMode } from '../preferences/preferences';
import { effectiveMode, hasPlainVersions } from '../reading/modes';

/** The mode the interview shows in, and whether it has anything plain to show at all. */
export function useReadingMode(interview: Interview): { mode: ReadingMode; plainAvailable: boolean } {
  const chosen = usePreference('mode');
  const plainAvailable = useMemo(() => hasPlainVersions(interview), [interview]);
  return { mode: plainAvailable ? chosen : effectiveMode(chosen, interview), plainAvailable };
}
