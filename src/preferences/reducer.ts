import { DEFAULT_PREFERENCES, SANITISERS, sanitisePreferences, type Preferences } from './preferences';

export type PreferencesAction =
  | { [K in keyof Preferences]: { type: 'set'; key: K; value: Preferences[K] } }[keyof Preferences]
  | { type: 'reset' }
  /** Another tab saved new preferences (the `storage` event). */
  | { type: 'replace'; preferences: unknown };

export function preferencesReducer(state: Preferences, action: PreferencesAction): Preferences {
  switch (action.type) {
    case 'set': {
      const value = SANITISERS[action.key](action.value);
      if (value === undefined || value === state[action.key]) return state;
      return { ...state, [action.key]: value };
    }
    case 'reset':
      return { ...DEFAULT_PREFERENCES };
    case 'replace':
      return sanitisePreferences(action.preferences);
  }
}
