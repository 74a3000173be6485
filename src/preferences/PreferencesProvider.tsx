import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type Dispatch,
  type ReactNode,
} from 'react';
import { applyPreferences } from './apply';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';
import type { PreferencesAction } from './reducer';
import { createPreferencesStore, type PreferencesStore } from './store';
import { parseStored, STORAGE_KEY, writePreferences } from './storage';

const StoreContext = createContext<PreferencesStore>(createPreferencesStore(DEFAULT_PREFERENCES));

/** One preference; the component re-renders only when this one changes. */
export function usePreference<K extends keyof Preferences>(key: K): Preferences[K] {
  const store = useContext(StoreContext);
  return useSyncExternalStore(
    store.subscribe,
    () => store.get()[key],
    () => store.getServer()[key],
  );
}

/** Every preference; the component re-renders on any change. Prefer usePreference(key). */
export function usePreferences(): Preferences {
  const store = useContext(StoreContext);
  return useSyncExternalStore(store.subscribe, store.get, store.getServer);
}

/** The store itself, for code that reacts to changes as they are made rather than to rendered values. */
export function usePreferencesStore(): PreferencesStore {
  return useContext(StoreContext);
}

export function usePreferencesDispatch(): Dispatch<PreferencesAction> {
  return useContext(StoreContext).dispatch;
}

interface PreferencesProviderProps {
  /** Read from storage by the entry module, which already applied them before the first paint. */
  initial: Preferences;
  /** What a prerendered page was rendered with, when hydrating it. */
  server?: Preferences | undefined;
  children: ReactNode;
}

export function PreferencesProvider({ initial, server, children }: PreferencesProviderProps) {
  const [store] = useState(() => createPreferencesStore(initial, server));

  useEffect(() => {
    const save = () => {
      applyPreferences(store.get(), document.documentElement);
      writePreferences(store.get());
    };
    save();
    return store.subscribe(save);
  }, [store]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY)
        store.dispatch({ type: 'replace', preferences: parseStored(event.newValue) });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
