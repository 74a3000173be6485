// The app's one polite live region. Everything that should be spoken once (loading, later mode,
// theme and size changes) goes through `announce`, so screen readers never hear two regions compete.
// A message is cleared soon after it is set: screen readers take the text when it changes, and one left
// standing is read again whenever the page comes back from behind a modal dialog (Orca does).
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

type Announce = (message: string) => void;

/** How long a message stays in the region: long past the moment screen readers take it. */
export const ANNOUNCEMENT_MS = 1500;

const AnnounceContext = createContext<Announce>(() => {});

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback<Announce>((next) => {
    // Clearing first lets the same sentence be spoken again when it is announced twice.
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setMessage(next);
      timer.current = setTimeout(() => setMessage(''), ANNOUNCEMENT_MS);
    }, 100);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="visually-hidden"
        data-testid="announcer"
      >
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}
