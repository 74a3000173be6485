import { useMemo } from 'react';
import type { Interview } from '../interview/generated/interview';
import { usePreferences } from '../preferences/PreferencesProvider';
import type { ReadingMode } from '../preferences/preferences';
import { effectiveMode, hasPlainVersions } from '../reading/modes';

/** The mode the interview shows in, and whether it has anything plain to show at all. */
export function useReadingMode(interview: Interview): { mode: ReadingMode; plainAvailable: boolean } {
  const { mode: chosen } = usePreferences();
  const plainAvailable = useMemo(() => hasPlainVersions(interview), [interview]);
  return { mode: plainAvailable ? chosen : effectiveMode(chosen, interview), plainAvailable };
}
