// @vitest-environment node
// The glossary's definitions render on a server (no window, no document), as the prerendered page
// needs: one native popover per entry, every mark of a term pointing at it, and the attributes that
// make it work before any script runs.
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import type { Interview } from '../../src/interview/generated/interview';
import { Glossary } from '../../src/reader/Glossary';
import { GlossaryContext } from '../../src/reader/GlossaryContext';
import { MarkedText } from '../../src/reader/MarkedText';
import { glossaryFragments } from '../../src/reading/glossary-marks';
import { fixture } from './fixtures';

const interview = fixture('extremes') as Interview;
const entries = interview.glossary ?? [];
const fragments = glossaryFragments(entries);

function serverRender(): string {
  return renderToString(
    <I18nextProvider i18n={createI18n('en')}>
      <GlossaryContext.Provider value={{ entries, fragments, contentLang: { lang: 'en', dir: 'ltr' } }}>
        <p>
          <MarkedText
            segments={['A ', { entry: 0, text: 'lexicographical' }, ' note.']}
            unit="q-one"
            variant="original"
          />
          <MarkedText segments={[{ entry: 0, text: 'lexicographic' }]} unit="q-two" variant="original" />
        </p>
        <Glossary glossary={{ entries, fragments, uses: entries.map(() => []) }} lang="en" />
      </GlossaryContext.Provider>
    </I18nextProvider>,
  );
}

describe('glossary definitions, rendered on a server', () => {
  it('render without a window or a document', () => {
    expect(typeof window).toBe('undefined');
    expect(() => serverRender()).not.toThrow();
  });

  it('are one popover per entry, which every mark of its term opens', () => {
    const html = serverRender();
    const popovers = [
      ...html.matchAll(
        /<div[^>]* id="(definition-[^"]+)"[^>]*popover="auto"|<div[^>]*popover="auto"[^>]* id="(definition-[^"]+)"/g,
      ),
    ];
    const ids = popovers.map((match) => match[1] ?? match[2]);
    expect(ids).toEqual(fragments.map((fragment) => `definition-${fragment}`));
    const targets = [...html.matchAll(/class="glossary-term" popoverTarget="([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual([`definition-${fragments[0]}`, `definition-${fragments[0]}`]);
  });

  it('take focus as they open and close on their own Close button, script or not', () => {
    const html = serverRender();
    const popover = /<div[^>]*popover="auto"[^>]*>/.exec(html)?.[0] ?? '';
    expect(popover).toContain('autofocus=""');
    expect(popover).toContain('role="dialog"');
    expect(popover).toMatch(/aria-labelledby="definition-glossary-lexicographical-term"/);
    expect(html).toMatch(/popoverTarget="definition-glossary-lexicographical" popoverTargetAction="hide"/);
    expect(html).toContain('<h3 id="definition-glossary-lexicographical-term"');
  });
});
