import { useCallback } from 'react';
import {
  usePreference as usePreferenceValue,
  usePreferencesDispatch,
} from '../preferences/PreferencesProvider';
import type { Preferences } from '../preferences/preferences';

/** One preference and its setter, for a settings field. */
export function usePreference<K extends keyof Preferences>(
  key: K,
): [Preferences[K], (value: Preferences[K]) => void] {
  const value = usePreferenceValue(key);
  const dispatch = usePreferencesDispatch();
  // The action type cannot be narrowed by a generic key, but `set` is checked field by field in the reducer.
  const set = useCallback(
    (next: Preferences[K]) => dispatch({ type: 'set', key, value: next } as never),
    [dispatch, key],
  );
  return [value, set];
}
