import type { Interview } from '../interview/generated/interview';

export type Speaker = Interview['speakers'][number];
export type SpeakerIndex = ReadonlyMap<string, Speaker>;

export function indexSpeakers(interview: Interview): SpeakerIndex {
  return new Map(interview.speakers.map((speaker) => [speaker.id, speaker]));
}

/** Validation guarantees every reference resolves; this keeps the types honest without a cast. */
export function speakerFor(index: SpeakerIndex, id: string): Speaker {
  return index.get(id) ?? { id, name: id, role: 'other' };
}

/** The fragment of an exchange: stable, derived from its id, apart from the app's own ids. */
export function exchangeFragment(id: string): string {
  return `q-${id}`;
}
