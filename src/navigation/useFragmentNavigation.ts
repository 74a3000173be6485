import { useEffect } from 'react';
import { onArticleGrew } from './article-growth';
import { currentFragment, focusByScript, goToFragment } from './navigation';

/**
 * Links inside the main content move focus to their target, and add a history entry, so Back and
 * Forward return to each place (focus follows there too). A deep link opened fresh goes to its place
 * once the article has rendered, which is when this mounts.
 */
export function useFragmentNavigation(): void {
  useEffect(() => {
    const follow = () => {
      const id = currentFragment();
      if (id !== '') {
        goToFragment(id, { push: false });
        return;
      }
      // Back to the entry without a fragment: the top of the article.
      window.scrollTo(0, 0);
      const title = document.getElementById('article-title');
      if (title !== null) focusByScript(title);
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (link === null || link.closest('main') === null) return;
      const id = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '');
      if (goToFragment(id, { push: true })) event.preventDefault();
    };
    // A long interview arrives a part at a time: a link to a late question waits for its part.
    const opened = currentFragment();
    let stopWaiting = () => {};
    if (opened !== '' && !goToFragment(opened, { push: false })) {
      stopWaiting = onArticleGrew(() => {
        if (currentFragment() === opened && goToFragment(opened, { push: false })) stopWaiting();
      });
    }
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    document.addEventListener('click', onClick);
    return () => {
      stopWaiting();
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
      document.removeEventListener('click', onClick);
    };
  }, []);
}
