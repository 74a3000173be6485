import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';

/** After this long, a way to stop waiting appears; a quick load never flashes a button. */
const CANCEL_AFTER_MS = 1000;

/** "Loading…", and after a moment a button to stop (the load also gives up by itself, see load.ts). */
export function LoadingView({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), CANCEL_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="loading-view">
      <p className="loading">{t('loading.message')}</p>
      {slow && <Button onPress={onCancel}>{t('loading.cancel')}</Button>}
    </div>
  );
}
