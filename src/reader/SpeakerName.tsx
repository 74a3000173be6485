import type { Speaker } from '../reading/speakers';
import { useArticleLabels } from './ArticleLabels';

/**
 * The speaker before a turn, as a sighted reader sees them ("EW:", the short name when there is one)
 * and as a screen reader says them (always the full name: "E W" read letter by letter helps nobody).
 */
export function SpeakerName({ speaker }: { speaker: Speaker }) {
  const label = useArticleLabels().speakers.get(speaker.id);
  if (label === undefined) return <>{speaker.name}</>;
  if (label.short === null) return <>{label.full}</>;
  return (
    <>
      <abbr title={label.name} aria-hidden="true">
        {label.short}
      </abbr>
      <span className="visually-hidden">{label.full}</span>
    </>
  );
}
