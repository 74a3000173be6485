import { useTranslation } from 'react-i18next';
import { usePreference, usePreferencesDispatch } from '../preferences/PreferencesProvider';
import { Switch } from '../ui/Switch';

/** "Keyboard shortcuts" on or off (WCAG 2.1.4: single-key shortcuts can be turned off). */
export function ShortcutsField() {
  const { t } = useTranslation();
  const shortcuts = usePreference('shortcuts');
  const dispatch = usePreferencesDispatch();
  return (
    <Switch
      isSelected={shortcuts}
      onChange={(value) => dispatch({ type: 'set', key: 'shortcuts', value })}
      description={t('shortcuts.fieldHelp')}
    >
      {t('shortcuts.fieldLabel')}
    </Switch>
  );
}
