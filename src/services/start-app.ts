// Asking for the app's code once the prerendered page is on screen (from prepaint.js, in <head>).
// The page names its scripts only in the pre-paint script's data-start, so the browser fetches none of
// them on its own: on a slow connection the stylesheet then arrives alone instead of sharing the line
// with some 117 KB of script, and the main thread compiles none of it before the first paint. The
// prerendered page reads fully without it meanwhile. No imports: it runs before anything else.

/** The entry, then every chunk it loads at start (preloaded beside it, not one after another). */
export function startApp(list: string, document: Document): void {
  const [entry, ...chunks] = list.split(/\s+/).filter(Boolean);
  if (entry === undefined) return;
  for (const href of chunks) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = entry;
  document.head.append(script);
}

/** Runs `run` once the document is parsed (where the app expects its #root). */
export function whenParsed(run: () => void, document: Document): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

/**
 * Runs `start` once, after the first contentful paint: when the browser reports it, or where it reports
 * no paints, after the first frame of the parsed page. A hidden tab paints nothing, so there it starts
 * at once; a page that draws nothing contentful starts a quarter of a second after its first frame.
 */
export function afterFirstPaint(start: () => void, window: Window & typeof globalThis): void {
  const { document, PerformanceObserver: Observer } = window;
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  const reportsPaints = Observer?.supportedEntryTypes?.includes('paint') ?? false;
  if (reportsPaints) {
    const observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      once();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  whenParsed(() => {
    if (document.visibilityState === 'hidden') return once();
    window.requestAnimationFrame(() => window.setTimeout(once, reportsPaints ? 250 : 0));
  }, document);
}
