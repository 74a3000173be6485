import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, startApp, whenParsed } from '../../src/services/start-app';

afterEach(() => {
  document.head.replaceChildren();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('startApp', () => {
  it('preloads every chunk of the start, then adds the entry as a module script', () => {
    startApp('./assets/index.js ./assets/react.js ./assets/boot.js', document);
    const links = [...document.head.querySelectorAll('link')];
    expect(links.map((link) => [link.rel, link.getAttribute('href'), link.crossOrigin])).toEqual([
      ['modulepreload', './assets/react.js', ''],
      ['modulepreload', './assets/boot.js', ''],
    ]);
    const script = document.head.querySelector('script');
    expect(script?.type).toBe('module');
    expect(script?.getAttribute('src')).toBe('./assets/index.js');
    expect(document.head.lastElementChild).toBe(script);
  });

  it('adds nothing for an empty list', () => {
    startApp(' ', document);
    expect(document.head.children).toHaveLength(0);
  });
});

/** A window whose frames, timers and paint reports the test runs by hand. */
function fakeWindow(options: { paints: boolean; hidden?: boolean }) {
  const frames: (() => void)[] = [];
  const timers: { run: () => void; delay: number }[] = [];
  let report: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | undefined;
  class Observer {
    static supportedEntryTypes = options.paints ? ['paint'] : [];
    constructor(callback: typeof report) {
      report = callback;
    }
    observe() {}
    disconnect() {
      report = undefined;
    }
  }
  const win = {
    document: {
      readyState: 'interactive',
      visibilityState: options.hidden ? 'hidden' : 'visible',
      addEventListener: () => {},
    },
    PerformanceObserver: Observer,
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, delay = 0) => timers.push({ run, delay }),
  } as unknown as Window & typeof globalThis;
  return {
    win,
    frame: () => frames.splice(0).forEach((run) => run()),
    timers,
    paint: (name: string) => report?.({ getEntriesByName: (asked) => (asked === name ? [{}] : []) }),
  };
}

describe('afterFirstPaint', () => {
  it('starts when the first contentful paint is reported, once', () => {
    const page = fakeWindow({ paints: true });
    const start = vi.fn();
    afterFirstPaint(start, page.win);
    page.paint('first-paint');
    expect(start).not.toHaveBeenCalled();
    page.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
    page.frame();
    page.timers.forEach((timer) => timer.run());
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts a quarter of a second after the first frame when nothing contentful is painted', () => {
    const page = fakeWindow({ paints: true });
    const start = vi.fn();
    afterFirstPaint(start, page.win);
    page.frame();
    expect(page.timers.map((timer) => timer.delay)).toEqual([250]);
    page.timers[0]?.run();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the first frame where the browser reports no paints', () => {
    const page = fakeWindow({ paints: false });
    const start = vi.fn();
    afterFirstPaint(start, page.win);
    expect(start).not.toHaveBeenCalled();
    page.frame();
    expect(page.timers.map((timer) => timer.delay)).toEqual([0]);
    page.timers[0]?.run();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once in a hidden tab, which paints nothing', () => {
    const page = fakeWindow({ paints: true, hidden: true });
    const start = vi.fn();
    afterFirstPaint(start, page.win);
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('whenParsed', () => {
  it('waits for the parser while the document is loading, and runs at once after', () => {
    const run = vi.fn();
    const listeners: (() => void)[] = [];
    const loading = {
      readyState: 'loading',
      addEventListener: (type: string, listener: () => void) =>
        type === 'DOMContentLoaded' && listeners.push(listener),
    } as unknown as Document;
    whenParsed(run, loading);
    expect(run).not.toHaveBeenCalled();
    listeners.forEach((listener) => listener());
    expect(run).toHaveBeenCalledTimes(1);
    whenParsed(run, document);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
