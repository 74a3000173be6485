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
import {
  changedKeys,
  mergeFromAnotherTab,
  readPreferences,
  readStamps,
  readStored,
  STORAGE_KEY,
  writePreferences,
} from './storage';

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
    const root = document.documentElement;
    let shown = store.get();
    const stamps = readStamps();
    // Changes heard from another tab are shown, not written back as if this tab had made them.
    let fromAnotherTab = false;
    const save = (keys: (keyof Preferences)[]) => {
      const now = Date.now();
      for (const key of keys) stamps[key] = now;
      writePreferences(store.get(), undefined, { keys, stamps });
    };
    applyPreferences(shown, root);
    // What the page starts with and storage lacks (a link's ?mode=) is saved like any choice.
    const initial = changedKeys(readPreferences(), shown);
    if (initial.length > 0) save(initial);
    const unsubscribe = store.subscribe(() => {
      const next = store.get();
      const keys = changedKeys(shown, next);
      shown = next;
      applyPreferences(next, root);
      if (!fromAnotherTab && keys.length > 0) save(keys);
    });

    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      const merged = mergeFromAnotherTab(store.get(), stamps, readStored(event.newValue));
      Object.assign(stamps, merged.stamps);
      fromAnotherTab = true;
      try {
        store.dispatch({ type: 'replace', preferences: merged.preferences });
      } finally {
        fromAnotherTab = false;
      }
      // This tab chose these later than the value just written: put them back.
      if (merged.ours.length > 0) writePreferences(store.get(), undefined, { keys: merged.ours, stamps });
    };
    window.addEventListener('storage', onStorage);
    return () => {
      unsubscribe();
      window.removeEventListener('storage', onStorage);
    };
  }, [store]);

  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
