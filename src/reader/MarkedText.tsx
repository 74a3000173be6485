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
  const { fragments } = useGlossary();
  return (
    <>
      {segments.map((segment, index) => {
        if (typeof segment === 'string') return segment;
        const fragment = fragments[segment.entry];
        if (fragment === undefined) return segment.text;
        return (
          <GlossaryTerm key={index} id={markId(unit, fragment, variant)} fragment={fragment}>
            {segment.text}
          </GlossaryTerm>
        );
      })}
    </>
  );
}
