// Read aloud's state and commands for the banner, "Read this" and the shortcuts. The work is done by
// controller.ts, downloaded on first use: most readers never press Read aloud.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreference } from '../preferences/PreferencesProvider';
import { useAnnounce } from '../services/Announcer';
import { primeVoices } from '../services/voices-settled';
import type { ControllerHost, Note, ReadAloudController } from './controller';
import type { Status } from './engine';
import { watchReaderScroll } from './follow';
import { useModeChanges } from './useModeChanges';

export interface ReadAloudState {
  status: Status;
  /** False once the reader scrolled away from the spoken sentence. */
  following: boolean;
  note: Note | null;
  /** The interview's language by name, for "no voice for English". */
  languageName: string;
}

export interface ReadAloud extends ReadAloudState {
  start: (from?: Element) => void;
  toggle: () => void;
  stop: () => void;
  next: () => boolean;
  previous: () => boolean;
  backToReading: () => void;
}

const IDLE: ReadAloudState = { status: 'idle', following: true, note: null, languageName: '' };

export function useReadAloud(): ReadAloud {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const rate = usePreference('speechRate');
  const voice = usePreference('voice');
  const [state, setState] = useState<ReadAloudState>(IDLE);
  const controller = useRef<ReadAloudController | null>(null);
  const latest = useRef({ rate, voice, t, announce, locale: i18n.language });
  useLayoutEffect(() => {
    latest.current = { rate, voice, t, announce, locale: i18n.language };
  });
  useEffect(() => controller.current?.restart(), [rate, voice]);

  const load = useCallback(async () => {
    if (controller.current !== null) return controller.current;
    const { ReadAloudController } = await import('./controller');
    const host: ControllerHost = {
      rate: () => latest.current.rate,
      voice: () => latest.current.voice,
      onStatus: (status) =>
        setState((current) => ({ ...current, status, ...(status === 'playing' && { note: null }) })),
      onNote: (note, lang) => {
        const { t, locale, announce } = latest.current;
        const languageName = lang === '' ? '' : nameOf(lang, locale);
        setState((current) => ({ ...current, note, languageName }));
        if (note !== 'failed') announce(t(`readAloud.notes.${note}`, { language: languageName }));
      },
      say: (message) => {
        const { t, locale, announce } = latest.current;
        const number = new Intl.NumberFormat(locale);
        if (typeof message === 'string')
          announce(message === 'failed' ? t('readAloud.notes.failed') : t(`readAloud.${message}`));
        else if (message.paused === null) announce(t('readAloud.paused'));
        else
          announce(
            t('readAloud.pausedAt', {
              current: number.format(message.paused.current),
              total: number.format(message.paused.total),
            }),
          );
      },
    };
    controller.current ??= new ReadAloudController(host);
    return controller.current;
  }, []);

  const start = useCallback(
    (from?: Element) => {
      setState((current) => ({ ...current, following: true }));
      void load().then((loaded) => loaded.start(from));
    },
    [load],
  );
  const toggle = useCallback(() => {
    if (controller.current === null) start();
    else controller.current.toggle();
  }, [start]);

  const active = state.status !== 'idle';
  useEffect(() => {
    if (!active) return;
    return watchReaderScroll(() => {
      if (controller.current === null || !controller.current.following) return;
      controller.current.following = false;
      setState((current) => ({ ...current, following: false }));
    });
  }, [active]);
  useModeChanges(active, () => controller.current?.resync());
  // Some systems take seconds to list their voices: ask early, so they are there when wanted.
  useEffect(primeVoices, []);
  useEffect(() => () => controller.current?.dispose(), []);

  return {
    ...state,
    start,
    toggle,
    stop: () => controller.current?.stop(),
    next: () => controller.current?.next() ?? false,
    previous: () => controller.current?.previous() ?? false,
    backToReading: () => {
      controller.current?.backToReading();
      setState((current) => ({ ...current, following: true }));
    },
  };
}

function nameOf(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
