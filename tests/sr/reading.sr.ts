// Orca 43 reading the built-in interview in English: say-all from the top, H and M through the page,
// and the AT-SPI tree it reads from.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ISOLATES,
  expectInOrder,
  expectNoDoubledName,
  expectNotSaid,
  expectSaidTimes,
} from './expect-speech';
import { interview, lastAnswerEnd, questions, speakerNames, terms } from './interview';
import { expectPhrasesApart, sayAllOverPhrases } from './phrases';
import { startOrcaForFile, type AtspiNode } from './screen-reader';

const sr = startOrcaForFile();
const repeats = (said: string, all: string[]) =>
  said.includes('Wrapping to top') || all.indexOf(said) < all.length - 1;

describe('Orca on the built-in interview', () => {
  let sayAll: string[] = [];
  beforeAll(async () => {
    await sr.open();
    await sr.press('ctrl+Home');
    const mark = sr.speech.mark();
    await sr.press('KP_Add');
    sayAll = await sr.speech.settle(mark, {
      quietMs: 2000,
      until: (said) => said.some((text) => text.includes('adapts to you')),
    });
  });

  it('says all from the top to the last answer and the footer, every question on the way', () => {
    expectInOrder(sayAll, [
      'Skip to main content',
      interview.title,
      'Contents',
      ...questions,
      lastAnswerEnd,
      'Glossary',
      'adapts to you',
    ]);
  });

  it('says each glossary term and the Contents heading once where they stand', () => {
    const glossary = sayAll.slice(sayAll.lastIndexOf('Glossary'));
    for (const term of terms)
      expect(
        glossary.filter((text) => text === term),
        term,
      ).toHaveLength(1);
    expectNotSaid(sayAll, /Contents\s+Contents/);
  });

  it('names each "Used in" link by its term and place', () => {
    expectInOrder(sayAll, ['ASL, in question 5', 'sober house, in the introduction']);
    expectNotSaid(sayAll, /^question \d+$/m);
  });

  it('says the reading mode control once: its name, then its choices', () => {
    expectNotSaid(sayAll, /Reading mode\s+Reading mode/);
    expectInOrder(sayAll, ['Reading mode', 'Original', 'selected']);
  });

  // Issue 13 item 1 (lead engineer's article rewrite): headings are not focusable, so not "clickable".
  it('[item 1] says nothing static is clickable', () => {
    expectNotSaid(sayAll, 'clickable');
  });

  // Issue 13 item 2 (lead engineer's article rewrite): the asker is not shouted before the question.
  it('[item 2] says no speaker name in capitals', () => {
    for (const name of speakerNames) expectNotSaid(sayAll, name.toUpperCase());
  });

  // Issue 13 item 4 (lead engineer's article rewrite): decorative marks stay silent.
  it('[item 4] says no bullets, middle dots or isolate marks', () => {
    expectNotSaid(sayAll, /\bbullet\b/);
    expectNotSaid(sayAll, 'middle dot');
    expectNotSaid(sayAll, ISOLATES);
  });

  describe('H through every heading', () => {
    let headings: string[] = [];
    beforeAll(async () => {
      await sr.press('ctrl+Home');
      headings = (await sr.repeat('h', repeats, 40)).slice(0, -1).map((said) => said.replace(/\s+/g, ' '));
    });

    it('reaches the title, the sections and each question once', () => {
      expect(headings[0]).toMatch(new RegExp(`^${escape(interview.title)} heading level 1`));
      for (const question of questions) {
        expect(
          headings.filter((said) => said.includes(question.slice(0, 20))),
          question,
        ).toHaveLength(1);
      }
      expect(headings.filter((said) => said.includes('heading level 2')).length).toBeGreaterThanOrEqual(5);
    });

    // Issue 13 items 1 and 2 (lead engineer's article rewrite).
    it('[items 1, 2] says each question heading once, question first, not clickable', () => {
      const questionHeadings = headings.filter((said) =>
        questions.some((q) => said.includes(q.slice(0, 20))),
      );
      questionHeadings.forEach((said, index) => {
        expect(said.startsWith(questions[index]?.slice(0, 20) ?? '?'), said).toBe(true);
        expectSaidTimes([said], 'heading level 3', 1);
      });
      expectNotSaid(headings, 'clickable');
    });
  });

  describe('M through every landmark', () => {
    let landmarks: string[] = [];
    beforeAll(async () => {
      await sr.press('ctrl+Home');
      landmarks = (await sr.repeat('m', repeats, 40)).slice(0, -1);
    });

    it('stops at each landmark in the tree, the Contents navigation said once', () => {
      expect(landmarks.length).toBe(sr.tree().filter((node) => node.role === 'landmark').length);
      expect(landmarks).toContain('Contents heading level 2.');
      // Orca says the first line of a landmark it moves to; where that line ends depends on the
      // window's width, so only the words that start it are checked.
      expect(landmarks.at(-1)).toMatch(/^This interview was first published by/);
    });

    // Issue 13 item 3, regions named after their heading (lead engineer's article rewrite).
    it('[item 3] says no landmark name twice (region name, then the same heading)', () => {
      for (const said of landmarks) expectNoDoubledName(said);
    });
  });
});

// Issue 13: Orca ran "…words" into "6 questions" and "Entertainment Weekly." into "Written by".
describe('say-all over phrases side by side, in each reading mode', () => {
  for (const mode of ['original', 'plain', 'both'] as const) {
    it(`says the summary's facts and the footer's sources apart (${mode})`, async () => {
      await sr.open(mode === 'original' ? '' : `?mode=${mode}`);
      const heard = await sayAllOverPhrases(sr);
      expect(heard.lines.readingTime).toMatch(mode === 'both' ? /with both versions/ : /minutes? to read/);
      expectPhrasesApart(heard);
    });
  }
});

describe('the AT-SPI tree Orca reads', () => {
  let tree: AtspiNode[] = [];
  beforeAll(() => {
    tree = sr.tree();
  });
  const landmarks = () => tree.filter((node) => node.role === 'landmark');
  const headings = () => tree.filter((node) => node.role === 'heading');

  it('has the landmarks in order: banner, main, navigation, contentinfo, each region named', () => {
    const roles = landmarks().map((node) => node['xml-roles']);
    expect(roles.filter((role) => role !== 'region')).toEqual([
      'banner',
      'main',
      'navigation',
      'contentinfo',
    ]);
    for (const region of landmarks().filter((node) => node['xml-roles'] === 'region'))
      expect(region.name).not.toBe('');
    // The navigation is not named after the heading it starts with: one name, said once.
    expect(landmarks().find((node) => node['xml-roles'] === 'navigation')?.name).toBe('');
  });

  it('has one h1, the title, and headings that never skip a level', () => {
    const levels = headings().map((node) => Number(node.level));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(headings()[0]?.name).toBe(interview.title);
    levels.forEach(
      (level, index) => index > 0 && expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1),
    );
  });

  // Issue 13 item 2 (lead engineer's article rewrite): the question first.
  it('[item 2] names each question heading by its question', () => {
    const names = headings()
      .filter((node) => node.level === '3' && node.name !== 'Key points')
      .map((node) => node.name);
    expect(names).toHaveLength(questions.length);
    names.forEach((name, index) => expect(name.startsWith(questions[index] ?? '?'), name).toBe(true));
  });

  it('reads every text of an English page as English', () => {
    const languages = new Set(tree.flatMap((node) => (node.lang ? [node.lang] : [])));
    expect([...languages]).toEqual(['en']);
  });

  it('names the glossary links by term and place', () => {
    const glossary = tree.findIndex((node) => node.role === 'heading' && node.name === 'Glossary');
    const links = tree
      .slice(glossary)
      .filter((node) => node.role === 'link')
      .map((node) => node.name);
    expect(links).toContain('ASL, in question 5');
    expect(links.filter((name) => /^(question \d+|In brief|the introduction)$/.test(name))).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
