// What read aloud says, taken from the article as shown: per reading mode (all modes in the DOM, one
// shown by CSS), the speaker before each turn, sentences in the content's language, and ranges that
// cover exactly the sentence being said.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inPart, partOf, readableBlocks, Script, type Position } from '../../src/read-aloud/script';
import { partStart, startPosition } from '../../src/read-aloud/start';

const MODES = `
  html[data-mode='original'] .plain, html[data-mode='original'] .plain-version { display: none; }
  html[data-mode='plain'] .original { display: none; }
`;

const ARTICLE = `
<main><article class="article" lang="en">
  <header>
    <h1 id="article-title">Sound and silence</h1>
    <p class="byline" lang="es">Por A. Writer</p>
    <section class="speakers"><h2>People</h2><ul><li>Riz Ahmed, actor</li></ul></section>
  </header>
  <nav class="contents"><h2>Contents</h2><ol><li><a href="#q-one">What did you learn?</a></li></ol></nav>
  <section aria-labelledby="interview">
    <h2 id="interview">The interview</h2>
    <section class="exchange">
      <h3 id="q-one"><span class="speaker-label"><abbr aria-hidden="true">EW:</abbr><span class="visually-hidden">Entertainment Weekly:</span></span> <span class="question-text"><span class="original">What did you learn? It was <button class="glossary-term">hard</button> work.</span><span class="plain">What did you find out?</span></span></h3>
      <div class="read-aloud-ui read-this"><button>Read question aloud</button></div>
      <div class="answer">
        <p class="speaker-label">Riz Ahmed:</p>
        <p class="original">To listen. Stillness, mostly.</p>
        <p class="plain">To hear.</p>
        <div class="plain-version"><p class="plain-label" lang="es">En palabras sencillas</p><p>I learned to hear.</p></div>
      </div>
    </section>
    <section class="exchange">
      <h3 id="q-two"><span class="speaker-label">Entertainment Weekly:</span> <span class="question-text">And then?</span></h3>
      <div class="answer"><p class="speaker-label">Riz Ahmed:</p><p>Music again.</p></div>
    </section>
  </section>
  <section class="glossary"><h2>Glossary</h2><dl><dt>ASL</dt><dd>American Sign Language.</dd></dl></section>
</article></main>`;

const article = () => document.querySelector('article') as HTMLElement;

/** Everything the script would say, in order, from the first block. */
function everything(script: Script): string[] {
  const said: string[] = [];
  for (let at: Position | undefined = script.firstFrom(0); at !== undefined; at = script.next(at)) {
    said.push(script.item(at)?.text ?? '');
  }
  return said;
}

beforeEach(() => {
  const style = document.createElement('style');
  style.textContent = MODES;
  document.head.append(style);
  document.body.innerHTML = ARTICLE;
});
afterEach(() => {
  document.head.querySelectorAll('style').forEach((style) => style.remove());
  document.body.innerHTML = '';
  delete document.documentElement.dataset['mode'];
});

describe('what read aloud says in each reading mode', () => {
  it('reads the original words in Original, with the speaker before each turn', () => {
    document.documentElement.dataset['mode'] = 'original';
    expect(everything(new Script(article()))).toEqual([
      'Sound and silence',
      'The interview',
      'Entertainment Weekly:',
      'What did you learn?',
      'It was hard work.',
      'Riz Ahmed:',
      'To listen.',
      'Stillness, mostly.',
      'Entertainment Weekly:',
      'And then?',
      'Riz Ahmed:',
      'Music again.',
    ]);
  });
  it('reads the plain versions in Plain language', () => {
    document.documentElement.dataset['mode'] = 'plain';
    const said = everything(new Script(article()));
    expect(said.slice(2, 6)).toEqual([
      'Entertainment Weekly:',
      'What did you find out?',
      'Riz Ahmed:',
      'To hear.',
    ]);
    expect(said).not.toContain('To listen.');
  });
  it('reads the original then the plain version in Both, the label in its own language', () => {
    document.documentElement.dataset['mode'] = 'both';
    const script = new Script(article());
    const said = everything(script);
    expect(said.slice(5, 11)).toEqual([
      'Riz Ahmed:',
      'To listen.',
      'Stillness, mostly.',
      'To hear.',
      'En palabras sencillas',
      'I learned to hear.',
    ]);
    const label = script.blocks.findIndex((block) => block.classList.contains('plain-label'));
    expect(script.item({ block: label, item: 0 })?.lang).toBe('es');
    expect(script.item({ block: label + 1, item: 0 })?.lang).toBe('en');
  });
  it('never reads the contents, the people, the byline, the glossary or its own buttons', () => {
    const blocks = readableBlocks(article()).map((block) => block.textContent);
    expect(blocks.join(' ')).not.toMatch(/Contents|People|Por A\. Writer|Glossary|Read question aloud/);
  });
});

describe('ranges for the highlight', () => {
  it('covers exactly the sentence said, across a glossary term inside it', () => {
    document.documentElement.dataset['mode'] = 'original';
    const script = new Script(article());
    const heading = script.blocks.findIndex((block) => block.id === 'q-one');
    expect(script.rangeOf({ block: heading, item: 2 })?.toString()).toBe('It was hard work.');
    expect(script.subRange({ block: heading, item: 2 }, 7, 11)?.toString()).toBe('hard');
  });
  it('covers the whole visible label when a speaker is said by their full name', () => {
    const script = new Script(article());
    const heading = script.blocks.findIndex((block) => block.id === 'q-one');
    expect(script.item({ block: heading, item: 0 })?.text).toBe('Entertainment Weekly:');
    expect(script.rangeOf({ block: heading, item: 0 })?.toString()).toBe('EW:Entertainment Weekly:');
  });
});

describe('where reading starts', () => {
  it('starts "Read this" at the first block of the question or of the answer', () => {
    document.documentElement.dataset['mode'] = 'original';
    const script = new Script(article());
    const exchange = document.querySelector('section.exchange') as Element;
    const answer = exchange.querySelector('.answer') as Element;
    expect(script.blocks[partStart(script, exchange)]?.id).toBe('q-one');
    expect(script.blocks[partStart(script, answer)]?.textContent).toBe('Riz Ahmed:');
    expect(inPart(answer.querySelector('p.original') as Element, exchange)).toBe(false);
    expect(inPart(document.getElementById('q-one') as Element, exchange)).toBe(true);
    expect(partOf(answer.querySelector('p.original') as Element)).toBe(answer);
  });
  it('starts from the part holding focus', () => {
    const script = new Script(article());
    const term = document.querySelector('.glossary-term') as HTMLElement;
    term.focus();
    const start = startPosition(script, undefined);
    expect(start && script.blocks[start.block]?.id).toBe('q-one');
  });
});
