// Where read aloud is in the text, for whatever follows it (line focus). A small event channel, so
// features share a position without importing each other.

type Listener = (range: Range | null) => void;

const listeners = new Set<Listener>();

/** Read aloud moved to `range` (the word, or the sentence when the voice sends no word events). */
export function publishReadingPosition(range: Range | null): void {
  for (const listener of listeners) listener(range);
}

export function onReadingPosition(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
