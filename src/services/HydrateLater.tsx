import { createContext, Suspense, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { partHydrated, whenHydrated } from './hydration';

/** Whether the tree is a prerendered page (on the server, and in the browser hydrating it). */
export const PrerenderedPage = createContext(false);

/**
 * A part of a prerendered page that React hydrates after the rest, in a task of its own: its HTML is
 * already on screen, so there is no hurry, and a click on it before then hydrates it first and is not
 * lost (React's selective hydration). Elsewhere (a document loaded through ?src=) it adds nothing.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  const prerendered = useContext(PrerenderedPage);
  if (!prerendered) return children;
  return (
    <Suspense fallback={null}>
      <Hydrated />
      {children}
    </Suspense>
  );
}

function Hydrated() {
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current) return;
    reported.current = true;
    partHydrated();
  }, []);
  return null;
}

/**
 * Whether every part of the page is hydrated (at once on a page rendered in the browser). For what
 * measures the text's layout: effects of parts hydrated later can still move it until then.
 */
export function useAllHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    let current = true;
    void whenHydrated().then(() => {
      if (current) setHydrated(true);
    });
    return () => {
      current = false;
    };
  }, []);
  return hydrated;
}
