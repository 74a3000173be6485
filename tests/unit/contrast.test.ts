// Every theme's colour pairs, read from the stylesheets themselves and measured with colorjs.io
// (WCAG 2.1 contrast): text at least 7:1 (1.4.6 AAA), focus rings, borders and marks at least 3:1 (1.4.11).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Color from 'colorjs.io';
import { afterAll, describe, expect, it } from 'vitest';
import { THEMES, type Theme } from '../../src/preferences/preferences';

const stylesDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/styles');
const read = (name: string) => readFileSync(join(stylesDir, name), 'utf8');
const tokensCss = read('tokens.css');
const themesCss = read('themes.css');

type Tokens = Record<string, string>;

/** The custom properties declared in the first block whose selector (and enclosing @media) match. */
function block(css: string, selector: string, media?: string): Tokens {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const scope = media === undefined ? withoutComments : mediaBody(withoutComments, media);
  const start = scope.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`No block ${selector} ${media ?? ''}`);
  const body = scope.slice(scope.indexOf('{', start) + 1, scope.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)].map((match) => [
      match[1] ?? '',
      (match[2] ?? '').trim(),
    ]),
  );
}

function mediaBody(css: string, media: string): string {
  const start = css.indexOf(`@media ${media} {`);
  if (start < 0) throw new Error(`No @media ${media}`);
  return css.slice(start + `@media ${media} {`.length);
}

const light = block(tokensCss, ':root');
const palette = (theme: Exclude<Theme, 'system'>): Tokens =>
  theme === 'light' ? light : { ...light, ...block(themesCss, `:root[data-theme='${theme}']`) };
const NAMED = THEMES.filter((theme): theme is Exclude<Theme, 'system'> => theme !== 'system');

/** [foreground, background] as token names without the --color- prefix. */
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['muted', 'bg'],
  ['placeholder', 'bg'],
  ['link', 'bg'],
  ['link-visited', 'bg'],
  ['error', 'bg'],
  ['text', 'surface'],
  ['muted', 'surface'],
  ['placeholder', 'surface'],
  ['link', 'surface'],
  ['link-visited', 'surface'],
  ['accent-text', 'accent-bg'],
  ['error', 'error-surface'],
  ['text', 'error-surface'],
  ['text', 'plain-surface'],
  ['muted', 'plain-surface'],
  ['link', 'plain-surface'],
  ['link-visited', 'plain-surface'],
  ['text', 'mark'],
  ['link', 'mark'],
  // Read aloud: the spoken sentence is drawn in the text colour (muted labels too) on its tint; the
  // spoken word is accent text on accent.
  ['text', 'speak'],
];
const NON_TEXT_PAIRS: [string, string][] = [
  ['border', 'bg'],
  ['border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['focus', 'plain-surface'],
  ['focus', 'mark'],
  ['focus', 'focus-contrast'],
  ['accent-bg', 'bg'],
  ['accent-bg', 'surface'],
  ['plain-border', 'bg'],
  ['plain-border', 'plain-surface'],
  ['mark-underline', 'mark'],
  ['mark-underline', 'bg'],
  ['error', 'error-surface'],
  // The spoken sentence shows by its underline, the spoken word by its fill, each at 3:1 to its ground.
  ['speak-line', 'speak'],
  ['speak-line', 'bg'],
  ['speak-line', 'plain-surface'],
  ['accent-bg', 'speak'],
];

function contrast(tokens: Tokens, foreground: string, background: string): number {
  const fg = tokens[`--color-${foreground}`];
  const bg = tokens[`--color-${background}`];
  if (fg === undefined || bg === undefined) throw new Error(`Missing --color-${foreground} or ${background}`);
  return Color.contrast(new Color(fg), new Color(bg), 'WCAG21');
}

const weakest = new Map<string, { pair: string; ratio: number }>();
afterAll(() => {
  // The lead reports these; printed so `npm test` shows them too.
  for (const [theme, { pair, ratio }] of weakest)
    console.info(`weakest pair in ${theme}: ${pair} ${ratio.toFixed(2)}:1`);
});

describe.each(NAMED)('the %s theme', (theme) => {
  const tokens = palette(theme);
  const note = (pair: string, ratio: number, kind = 'text') => {
    const key = `${theme}, ${kind}`;
    const current = weakest.get(key);
    if (current === undefined || ratio < current.ratio) weakest.set(key, { pair, ratio });
  };

  it.each(TEXT_PAIRS)('has %s on %s at 7:1 or more', (foreground, background) => {
    const ratio = contrast(tokens, foreground, background);
    note(`${foreground} on ${background}`, ratio);
    expect(ratio).toBeGreaterThanOrEqual(7);
  });

  it.each(NON_TEXT_PAIRS)('has %s against %s at 3:1 or more', (foreground, background) => {
    const ratio = contrast(tokens, foreground, background);
    note(`${foreground} against ${background} (non-text)`, ratio, 'non-text');
    expect(ratio).toBeGreaterThanOrEqual(3);
  });
});

describe('Match system', () => {
  const system = (media: string) => block(themesCss, ":root[data-theme='system']", media);

  it('uses the Dark palette, unchanged, when the system prefers dark', () => {
    expect(system('(prefers-color-scheme: dark)')).toEqual(block(themesCss, ":root[data-theme='dark']"));
  });
  it('uses the High contrast palette when the system asks for more contrast', () => {
    expect(system('(prefers-contrast: more)')).toEqual(block(themesCss, ":root[data-theme='high-contrast']"));
  });
  it('uses High contrast dark when the system asks for both', () => {
    expect(system('(prefers-contrast: more) and (prefers-color-scheme: dark)')).toEqual(
      block(themesCss, ":root[data-theme='high-contrast-dark']"),
    );
  });
  it('gives every theme every token the light theme defines', () => {
    for (const theme of NAMED) expect(Object.keys(palette(theme)).sort()).toEqual(Object.keys(light).sort());
    for (const theme of NAMED.filter((name) => name !== 'light'))
      expect(Object.keys(block(themesCss, `:root[data-theme='${theme}']`)).sort()).toEqual(
        Object.keys(light).sort(),
      );
  });
  it('maps every token to a system colour under forced colours', () => {
    const forced = block(themesCss, ':root[data-theme]', '(forced-colors: active)');
    expect(Object.keys(forced).sort()).toEqual(Object.keys(light).sort());
    for (const value of Object.values(forced)) expect(value).toMatch(/^[A-Z][A-Za-z]+$/);
  });
});
