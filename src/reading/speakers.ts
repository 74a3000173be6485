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

/**
 * The fragment of an exchange: stable, derived from its id, apart from the app's own ids (none starts
 * with "q-"). Ids are slugs, which never hold "--": an id made from a fragment by adding "--…"
 * (questionTextId, and the marks' ids in article-view.ts) can never be another exchange's fragment.
 */
export function exchangeFragment(id: string): string {
  return `q-${id}`;
}

/** The id of the question's own words inside its heading (which names the exchange's region). */
export function questionTextId(fragment: string): string {
  return `${fragment}--text`;
}
