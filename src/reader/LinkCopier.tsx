import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ExchangeView } from '../reading/article-view';
import { useAnnounce } from '../services/Announcer';
import { READ_ALOUD_UI } from '../services/read-aloud-marker';
import { COPY_LINK } from './QuestionLink';
import { useUiLanguage } from './useUiLanguage';
import { wholeNumbers } from '../reading/locale';

interface Refused {
  button: HTMLElement;
  url: string;
  question: number;
  /** Counts refusals, so pressing again puts focus back in the field. */
  attempt: number;
}

/**
 * Answers every "Copy link" of the article with one listener: copies the page's address with the
 * question's fragment and says "Link copied" politely. Where the clipboard is refused (or missing),
 * the address is shown beside the button in a read-only field, selected, to copy by hand.
 */
export function LinkCopier({ exchanges }: { exchanges: readonly ExchangeView[] }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [refused, setRefused] = useState<Refused | null>(null);
  const latest = useRef({ exchanges, announce, copied: t('links.copied') });
  useEffect(() => {
    latest.current = { exchanges, announce, copied: t('links.copied') };
  });

  useEffect(() => {
    let attempt = 0;
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest(`button.${COPY_LINK}`) : null;
      if (!(button instanceof HTMLElement) || button.closest('main article') === null) return;
      const fragment = button.dataset['fragment'] ?? '';
      const address = new URL(window.location.href);
      address.hash = fragment;
      const url = address.href;
      const question = latest.current.exchanges.findIndex((exchange) => exchange.fragment === fragment) + 1;
      const refuse = () => setRefused({ button, url, question, attempt: ++attempt });
      // Missing where the page is not a secure context, and in some embedded browsers.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (clipboard === undefined) return refuse();
      clipboard.writeText(url).then(() => {
        setRefused(null);
        latest.current.announce(latest.current.copied);
      }, refuse);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  const container = refused?.button.parentElement;
  if (!refused || !container) return null;
  const close = () => {
    setRefused(null);
    refused.button.focus();
  };
  return createPortal(<ByHand key={refused.attempt} {...refused} onClose={close} />, container);
}

function ByHand({ url, question, onClose }: Refused & { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const ui = useUiLanguage();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <div className={`${READ_ALOUD_UI} copy-link-by-hand`} {...ui}>
      <label htmlFor={id}>
        {t('links.linkTo', { number: wholeNumbers(i18n.language).format(question) })}
      </label>
      <input
        ref={field}
        id={id}
        type="text"
        dir="ltr"
        readOnly
        value={url}
        aria-describedby={`${id}-hint`}
        onFocus={(event) => event.currentTarget.select()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      />
      <div id={`${id}-hint`} className="copy-link-hint">
        {t('links.refused')}
      </div>
    </div>
  );
}
