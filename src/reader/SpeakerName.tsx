import type { Speaker } from '../reading/speakers';

/**
 * A speaker as a sighted reader sees them (the short name, when there is one) and as a screen reader
 * says them (always the full name: "EW" read letter by letter helps nobody).
 */
export function SpeakerName({ speaker }: { speaker: Speaker }) {
  const { name, shortName } = speaker;
  if (shortName === undefined || shortName === name) return <>{name}</>;
  return (
    <>
      <abbr title={name} aria-hidden="true">
        {shortName}
      </abbr>
      <span className="visually-hidden">{name}</span>
    </>
  );
}
