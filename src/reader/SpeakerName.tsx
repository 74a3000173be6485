import { useArticleLabels } from './ArticleLabels';

/**
 * The speaker before a turn, as a sighted reader sees them ("EW:", the short name when there is one)
 * and as a screen reader says them (always the full name: "E W" read letter by letter helps nobody).
 */
export function SpeakerName({ id }: { id: string }) {
  const label = useArticleLabels().speakers.get(id);
  if (label === undefined) return <>{id}</>;
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
