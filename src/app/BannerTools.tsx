import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';

/**
 * The banner's tools (read aloud, shortcuts, settings): in the row where it has room; on phones, and
 * at large text sizes, behind one "Menu" button, a disclosure that shows them below (banner.css
 * decides, so the prerendered page is laid out right before script). Without script nothing could
 * open it: then there is no Menu button, and the tools are shown.
 */
export function BannerTools({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Button
        className="banner-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onPress={() => setOpen((was) => !was)}
      >
        {t('banner.menu')}
      </Button>
      <div id={id} className="banner-tools" data-open={open ? '' : undefined}>
        {children}
      </div>
    </>
  );
}
