// While the panel is open, the page makes room for it: on wide screens the main column and footer end
// where the panel begins (settings.css, by data-settings-panel on <html>), so no line of the article is
// under it; on phones the page gains room at its foot to scroll its end above the sheet. The article
// reflows as the column narrows: the reader's place is kept, as across a change of reading mode.
import { useLayoutEffect } from 'react';
import { capturePlace, restorePlace } from '../navigation/keep-place';

function setOpen(open: boolean): void {
  const place = capturePlace();
  const root = document.documentElement;
  if (open) root.dataset['settingsPanel'] = 'open';
  else delete root.dataset['settingsPanel'];
  if (place !== null) restorePlace(place);
}

export function useReflowBeside(): void {
  useLayoutEffect(() => {
    setOpen(true);
    return () => setOpen(false);
  }, []);
}
