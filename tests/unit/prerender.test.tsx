// @vitest-environment node
// The article rendered on the server, where there is no window, document or storage: what the build
// puts in dist/index.html before any JavaScript runs.
import { describe, expect, it } from 'vitest';
import { assemblePage, embeddedJson, startChunks, type PrerenderModule } from '../../scripts/prerender-page';
import type { Interview } from '../../src/interview/generated/interview';
import { prerender, validate } from '../../src/prerender';
import { builtInText } from './fixtures';

const interview = JSON.parse(builtInText()) as Interview;

describe('prerendering the built-in interview', () => {
  const { html, title } = prerender(interview);
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

  it('renders without a browser, every question, answer and plain version in it', () => {
    expect(typeof globalThis.window).toBe('undefined');
    for (const exchange of interview.exchanges) {
      expect(html).toContain(`id="q-${exchange.id}"`);
      expect(text).toContain(exchange.question.text);
      for (const paragraph of exchange.answer.paragraphs) expect(text).toContain(paragraph);
      if (exchange.question.plain !== undefined) expect(text).toContain(exchange.question.plain);
      if (exchange.answer.plain !== undefined) expect(text).toContain(exchange.answer.plain.split('\n')[0]);
    }
    for (const entry of interview.glossary ?? []) expect(text).toContain(entry.definition);
    expect(title).toBe(`\u2068${interview.title}\u2069 — Open Caption Reader`);
  });

  it('makes every exchange a part hydrated on its own, after the banner', () => {
    // React's mark for a finished Suspense boundary (src/services/HydrateLater.tsx).
    const parts = html.split('<!--$-->').length - 1;
    expect(parts).toBeGreaterThanOrEqual(interview.exchanges.length + 5);
    const banner = html.slice(0, html.indexOf('</header>'));
    expect(banner).toContain('class="app-name"');
  });

  it('has no inline style attributes, which the CSP would refuse', () => {
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('checks the original mode, the one every reader without saved preferences gets', () => {
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="original"/);
  });
});

describe('putting it in the page', () => {
  const ssr: PrerenderModule = { prerender, validate };
  const template =
    '<html><head><link rel="icon" href="./favicon.svg" /><title>App</title>' +
    '<script type="module" src="./assets/index.js"></script></head>' +
    '<body><div id="root"></div><noscript>Needs JavaScript.</noscript></body></html>';

  it('fills #root, embeds the data, titles the tab, adds the pre-paint script and drops the apology', () => {
    const page = assemblePage(template, ssr, interview, { prepaint: 'assets/prepaint-1.js', depth: 0 });
    expect(page).toContain('<div id="root"><a class="skip-link"');
    expect(page).toContain('<script type="application/json" id="interview-data">');
    expect(page).toContain(`<title>\u2068${interview.title}\u2069 — Open Caption Reader</title>`);
    expect(page.indexOf('prepaint-1.js')).toBeLessThan(page.indexOf('favicon.svg'));
    expect(page).not.toContain('noscript');
  });

  it('points a page one folder down at the shared assets', () => {
    const page = assemblePage(template, ssr, interview, { prepaint: 'assets/prepaint-1.js', depth: 1 });
    expect(page).toContain('src="./../assets/prepaint-1.js" data-start="./../assets/index.js"');
  });

  it('names no script the browser would fetch before the first paint: the pre-paint script asks for them', () => {
    const built = template.replace(
      '<title>',
      '<link rel="modulepreload" crossorigin href="./assets/runtime.js">' +
        '<link rel="stylesheet" href="./assets/style.css"><title>',
    );
    const preload = ['assets/react.js', 'assets/boot.js', 'assets/runtime.js'];
    const page = assemblePage(built, ssr, interview, { prepaint: 'p.js', preload, depth: 0 });
    expect(page).not.toContain('modulepreload');
    expect(page).not.toContain('type="module"');
    const head = page.slice(0, page.indexOf('</head>'));
    // The blocking script, then the stylesheet.
    expect(head.indexOf('p.js')).toBeLessThan(head.indexOf('style.css'));
    // The entry first, then Vite's preloads and the start's chunks, each once.
    expect(head).toContain(
      '<script src="./p.js" data-start="./assets/index.js ./assets/runtime.js ./assets/react.js ./assets/boot.js"></script>',
    );
    const below = assemblePage(built, ssr, interview, { prepaint: 'p.js', preload, depth: 1 });
    expect(below).toContain(
      'data-start="./../assets/index.js ./../assets/runtime.js ./../assets/react.js ./../assets/boot.js"',
    );
    expect(below).toContain('href="./../assets/style.css"');
  });

  it('refuses an invalid interview instead of publishing it', () => {
    expect(() => assemblePage(template, ssr, { title: 'x' }, { prepaint: 'p.js', depth: 0 })).toThrow(
      /Cannot prerender an invalid interview/,
    );
  });

  it('lists what the entry loads at start, with what that imports, once and not what Vite preloads', () => {
    const manifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_runtime.js'],
        dynamicImports: ['react-dom', 'src/boot.tsx'],
      },
      '_runtime.js': { file: 'assets/runtime.js' },
      'react-dom': { file: 'assets/react.js', imports: ['_runtime.js'] },
      'src/boot.tsx': {
        file: 'assets/boot.js',
        imports: ['react-dom', '_button.js'],
        dynamicImports: ['src/settings/SettingsDialog.tsx'],
      },
      '_button.js': { file: 'assets/button.js', imports: ['react-dom'] },
      'src/settings/SettingsDialog.tsx': { file: 'assets/SettingsDialog.js' },
    };
    expect(startChunks(manifest)).toEqual(['assets/react.js', 'assets/boot.js', 'assets/button.js']);
    expect(() => startChunks({})).toThrow(/no entry chunk/);
  });

  it('embeds text that cannot close the script element or open a comment', () => {
    const json = embeddedJson({ text: '</script><!-- <script>alert(1)</script>' });
    expect(json).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.parse(json)).toEqual({ text: '</script><!-- <script>alert(1)</script>' });
  });
});

// Chromium leaves a text of only spaces out of the accessibility tree when a node beside it has no box:
// a reading time for another mode (display: none), or the empty comment the prerender puts between two
// texts. Orca then said "…words6 questions" and "Entertainment Weekly.Written by". Every space between
// phrases is inside a text with words.
describe('the lines a screen reader reads as phrases', () => {
  const { html } = prerender(interview);
  const paragraph = (opening: RegExp) => html.match(new RegExp(`${opening.source}.*?</p>`))?.[0] ?? '';
  const spoken = (markup: string) =>
    markup
      .replace(/<span aria-hidden="true">[^<]*<\/span>/g, '')
      .replace(/<span data-show="(plain|both)">[^<]*<\/span>/g, '')
      .replace(/<[^>]*>/g, '');
  const facts = paragraph(/<p class="summary-facts"[^>]*>/);
  const footer = paragraph(/<footer[^>]*><p>/);

  it('has no text of only spaces between two nodes in the summary facts or the footer’s sources', () => {
    for (const markup of [facts, footer]) {
      expect(markup).not.toBe('');
      expect(markup).not.toMatch(/>\s+</);
    }
  });

  it('says the summary facts and the sources as phrases, spaced', () => {
    expect(spoken(facts)).toBe('About 4 minutes to read in the original words 6 questions');
    expect(spoken(footer)).toBe(
      'This interview was first published by Entertainment Weekly. Written by Shana Naomi Krochmal. Published on October 23, 2020.',
    );
  });
});
