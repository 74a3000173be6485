import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { usePreferencesDispatch } from '../preferences/PreferencesProvider';
import { READING_MODES, type ReadingMode } from '../preferences/preferences';
import { ToggleButtonGroup } from '../ui/ToggleButtonGroup';
import { addressWithMode } from './mode-address';
import { useReadingMode } from './useReadingMode';

/**
 * "Reading mode" in the banner: original, plain language or both, one press away. The choice is a
 * preference (saved, announced by the app shell) and lives in the address so a link opens in it.
 */
export function ReadingModeControl({ interview }: { interview: Interview }) {
  const { t } = useTranslation();
  const dispatch = usePreferencesDispatch();
  const { mode, plainAvailable } = useReadingMode(interview);
  useModeInAddress(plainAvailable ? mode : undefined);
  const options = READING_MODES.map((id) => ({
    id,
    label: t(`modes.options.${id}`),
    isDisabled: !plainAvailable && id !== 'original',
  }));
  return (
    <div className="reading-mode">
      {/* Shown, and read as the group's name only: read on its own too, it was said twice. */}
      <span id="reading-mode-label" className="reading-mode-label" aria-hidden="true">
        {t('modes.label')}
      </span>
      <ToggleButtonGroup
        options={options}
        selected={mode}
        onChange={(value) => dispatch({ type: 'set', key: 'mode', value })}
        aria-labelledby="reading-mode-label"
        aria-describedby={plainAvailable ? undefined : 'reading-mode-unavailable'}
      />
      {!plainAvailable && (
        <p id="reading-mode-unavailable" className="reading-mode-note">
          {t('modes.unavailable')}
        </p>
      )}
    </div>
  );
}

/**
 * Keeps ?mode= in step with the mode shown (a saved choice too, so the address can be shared as it
 * is), replacing the history entry: another mode is not another page for Back to step through.
 */
function useModeInAddress(mode: ReadingMode | undefined): void {
  useEffect(() => {
    if (mode === undefined) return;
    const next = addressWithMode(window.location.href, mode);
    if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  }, [mode]);
}
