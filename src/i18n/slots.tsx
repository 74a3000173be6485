// Interface sentences that hold a name, title or address: the translation decides where it goes, and
// the value goes there as an element (a <bdi>, say), never as text spliced into the sentence. So the
// page's text carries no direction control characters, and the document's text is never parsed.
import { Fragment, isValidElement, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from './labels';

/** The app's name is English in every interface language. */
export const APP_NAME_LANG = 'en';

const OPEN = '\uE000';
const CLOSE = '\uE001';
// Private-use characters mark the slots while i18next interpolates: no translation contains them.
const SLOT = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'u');

/**
 * The sentence `key` translates to, with each of `nodes` in the place of its {{placeholder}}; other
 * placeholders take `values` as usual (counts, roles). Cheap enough to build once per article.
 */
export function sentence(
  t: TFunction,
  key: TranslationKey,
  nodes: Readonly<Record<string, ReactNode>>,
  values: Readonly<Record<string, unknown>> = {},
): ReactNode {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  const text: string = t(key, { ...values, ...marks });
  const parts = text.split(SLOT);
  return parts.map((part, index) =>
    index % 2 === 0 ? part : <Fragment key={index}>{nodes[part]}</Fragment>,
  );
}

interface SentenceProps {
  i18nKey: TranslationKey;
  slots: Readonly<Record<string, ReactNode>>;
  values?: Readonly<Record<string, unknown>>;
}

/** `sentence` as a component, for a sentence or two in a view (the byline, the footer, an error). */
export function Sentence({ i18nKey, slots, values }: SentenceProps) {
  const { t } = useTranslation();
  return <>{sentence(t, i18nKey, slots, values)}</>;
}

/**
 * Sentences and words of one paragraph as its children, each run of adjacent strings joined into one
 * text. React's prerender puts an empty comment between two adjacent strings, and Chromium leaves a
 * text of only spaces between two nodes without a box (such comments) out of the accessibility tree:
 * "…Weekly." and "Written by…" then reach a screen reader as "…Weekly.Written by…".
 */
export function joinText(...pieces: readonly ReactNode[]): ReactNode[] {
  const joined: ReactNode[] = [];
  let text = '';
  const visit = (piece: ReactNode) => {
    if (Array.isArray(piece)) return piece.forEach(visit);
    if (typeof piece === 'string' || typeof piece === 'number') return void (text += String(piece));
    if (piece === null || piece === undefined || typeof piece === 'boolean') return;
    // A Fragment holding a single string (a slot filled with text) is text too.
    if (isValidElement<{ children?: ReactNode }>(piece) && piece.type === Fragment)
      return visit(piece.props.children);
    if (text !== '') joined.push(text);
    text = '';
    joined.push(<Fragment key={joined.length}>{piece}</Fragment>);
  };
  pieces.forEach(visit);
  if (text !== '') joined.push(text);
  return joined;
}
