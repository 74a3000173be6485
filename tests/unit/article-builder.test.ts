// The view model a part at a time (for long interviews) is the same view model as in one go: each part
// is a prefix of the whole, and the afterword and the glossary's uses come, in reading order, with the last.
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/interview/generated/interview';
import { articleBuilder, articleView } from '../../src/reading/article-view';
import { repeatedInterview } from '../../scripts/bench-data';
import { builtInText } from './fixtures';

const interview = JSON.parse(repeatedInterview(builtInText(), 25)) as Interview;

describe('the article view built a part at a time', () => {
  it('gives each part as a prefix of the whole, and is complete only with the last exchange', () => {
    const whole = articleView(interview);
    const builder = articleBuilder(interview);
    for (const count of [0, 1, 7, 7, 20, 25]) {
      const part = builder.view(count);
      expect(part.exchanges).toEqual(whole.exchanges.slice(0, count));
      expect(part.complete).toBe(count === 25);
      expect(part.outro).toEqual(count === 25 ? whole.outro : []);
      expect(part.sections).toEqual(whole.sections);
      expect(part.minutes).toEqual(whole.minutes);
    }
    expect(builder.view(25).glossary.uses).toEqual(whole.glossary.uses);
  });

  it('holds to the number of exchanges the interview has', () => {
    const builder = articleBuilder(interview);
    expect(builder.view(99).exchanges).toHaveLength(25);
    expect(builder.view(-3).exchanges).toHaveLength(0);
  });
});
