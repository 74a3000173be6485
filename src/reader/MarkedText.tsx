import { markId, type Variant } from '../reading/article-view';
import type { Segment } from '../reading/glossary-marks';
import { useGlossary } from './GlossaryContext';
import { GlossaryTerm } from './GlossaryTerm';

/** Text with its glossary terms as buttons; `unit` is the fragment of the section or exchange it is in. */
export function MarkedText({
  segments,
  unit,
  variant,
}: {
  segments: readonly Segment[];
  unit: string;
  variant: Variant;
}) {
  const { entries, fragments } = useGlossary();
  return (
    <>
      {segments.map((segment, index) => {
        if (typeof segment === 'string') return segment;
        const entry = entries[segment.entry];
        const fragment = fragments[segment.entry];
        if (entry === undefined || fragment === undefined) return segment.text;
        return (
          <GlossaryTerm key={index} id={markId(unit, fragment, variant)} entry={entry} fragment={fragment}>
            {segment.text}
          </GlossaryTerm>
        );
      })}
    </>
  );
}
