// The contract's largest interview (10,000 exchanges), built from the built-in one, for benchmarks.
import { readFileSync } from 'node:fs';

/** An interview's text with its exchanges repeated (with new ids) to `exchanges` of them. */
export function repeatedInterview(text: string, exchanges: number): string {
  const base = JSON.parse(text) as { exchanges: { id: string }[] };
  const template = base.exchanges;
  base.exchanges = Array.from({ length: exchanges }, (_, index) => ({
    ...template[index % template.length],
    id: `exchange-${index + 1}`,
  })) as { id: string }[];
  return JSON.stringify(base);
}

export function largestInterview(exchanges = 10_000): string {
  const text = readFileSync(new URL('../data/sound-of-metal.json', import.meta.url), 'utf8');
  return repeatedInterview(text, exchanges);
}
