// Yielding to the browser between pieces of work: it paints and answers input before the next one.
// Its own module with no imports, so the entry (main.tsx) can use it without loading anything else.

/** Resolves in a later task (scheduler.yield where there is one, which keeps this work's priority). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
}
