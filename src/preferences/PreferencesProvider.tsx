import { createContext, useContext, useEffect, useReducer, type Dispatch, type ReactNode } from 'react';
import { applyPreferences } from './apply';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';
import { preferencesReducer, type PreferencesAction } from './reducer';
import { parseStored, STORAGE_KEY, writePreferences } from './storage';

const PreferencesContext = createContext<Preferences>(DEFAULT_PREFERENCES);
const DispatchContext = createContext<Dispatch<PreferencesAction>>(() => {});

export function usePreferences(): Preferences {
  return useContext(PreferencesContext);
}

export function usePreferencesDispatch(): Dispatch<PreferencesAction> {
  return useContext(DispatchContext);
}

interface PreferencesProviderProps {
  /** Read from storage by the entry module, which already applied them before the first paint. */
  initial: Preferences;
  children: ReactNode;
}

/** One reducer behind two contexts: components that only change preferences never re-render on them. */
export function PreferencesProvider({ initial, children }: PreferencesProviderProps) {
  const [preferences, dispatch] = useReducer(preferencesReducer, initial);

  useEffect(() => {
    applyPreferences(preferences, document.documentElement);
    writePreferences(preferences);
  }, [preferences]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) dispatch({ type: 'replace', preferences: parseStored(event.newValue) });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return (
    <DispatchContext.Provider value={dispatch}>
      <PreferencesContext.Provider value={preferences}>{children}</PreferencesContext.Provider>
    </DispatchContext.Provider>
  );
}
