// Preferences live in a small store rather than in React state at the top of the tree, so a component
// re-renders only when the preference it reads changes: moving the text-size slider restyles the page
// through CSS custom properties and re-renders nothing of the article.
import type { Preferences } from './preferences';
import { preferencesReducer, type PreferencesAction } from './reducer';

export interface PreferencesStore {
  get: () => Preferences;
  /** What a prerendered page was rendered with: React renders this while it hydrates, then `get()`. */
  getServer: () => Preferences;
  dispatch: (action: PreferencesAction) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createPreferencesStore(initial: Preferences, server?: Preferences): PreferencesStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    getServer: () => server ?? state,
    dispatch: (action) => {
      const next = preferencesReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
