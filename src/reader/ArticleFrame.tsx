import type { ReactNode } from 'react';
import type { SectionId } from '../reading/article-view';
import { LongParts } from './Section';
import './contents.css';

/**
 * Around the article: the room it has, measured by CSS (contents.css), decides whether the contents
 * stay at the top or go beside it as an "on this page" guide; and which parts end with "Back to top".
 */
export function ArticleFrame({
  longParts,
  children,
}: {
  longParts: ReadonlySet<SectionId>;
  children: ReactNode;
}) {
  return (
    <div className="article-frame">
      <div className="article-room">
        <LongParts.Provider value={longParts}>{children}</LongParts.Provider>
      </div>
    </div>
  );
}
