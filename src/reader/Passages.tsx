import type { PartView } from '../reading/article-view';
import { PartText } from './PartText';

/** The introduction's or the afterword's passages, in every mode. */
export function Passages({ passages, unit }: { passages: readonly PartView[]; unit: string }) {
  return passages.map((passage, index) => <PartText key={index} part={passage} unit={unit} />);
}
