// The built-in interview as the tests expect to hear it.
import { readFileSync } from 'node:fs';
import type { Interview } from '../../src/interview/generated/interview';

export const interview = JSON.parse(
  readFileSync(new URL('../../data/sound-of-metal.json', import.meta.url), 'utf8'),
) as Interview;

export const questions = interview.exchanges.map((exchange) => exchange.question.text);
const lastAnswer = interview.exchanges.at(-1)?.answer.paragraphs.at(-1) ?? '';
/** The last sentence of the last answer: say-all has read the interview to its end when it is said. */
export const lastAnswerEnd =
  lastAnswer
    .split(/(?<=[.!?])\s+/)
    .at(-1)
    ?.slice(0, 60) ?? '';
export const terms = (interview.glossary ?? []).map((entry) => entry.term);
export const speakerNames = interview.speakers.map((speaker) => speaker.name);
