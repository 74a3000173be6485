// @vitest-environment node
// Every theme's colour pairs, from the palettes the theme CSS is generated from, measured with colorjs.io
// (WCAG 2.1 contrast): text at least 7:1 (1.4.6 AAA), focus rings, borders and marks at least 3:1 (1.4.11).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Color from 'colorjs.io';
import { afterAll, describe, expect, it } from 'vitest';
import { THEMES } from '../../src/preferences/preferences';
import {
  COLOR_TOKENS,
  PALETTES,
  SYSTEM_PALETTES,
  type NamedTheme,
  type Palette,
} from '../../src/styles/palettes';
import { generateThemeCss, themeCssPath } from '../../scripts/theme-css.ts';

const stylesDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/styles');
const NAMED = THEMES.filter((theme): theme is NamedTheme => theme !== 'system');

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

function contrast({ colors }: Palette, foreground: string, background: string): number {
  const fg = colors[foreground as keyof Palette['colors']];
  const bg = colors[background as keyof Palette['colors']];
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
  const tokens = PALETTES[theme];
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

/** The palette Match system shows when these system settings are on: the last entry that matches. */
const systemPalette = (settings: readonly string[]) =>
  SYSTEM_PALETTES.filter(({ media }) =>
    media.split(' and ').every((feature) => settings.includes(feature)),
  ).at(-1)?.theme;

describe('Match system', () => {
  it('uses the Dark palette, unchanged, when the system prefers dark', () => {
    expect(systemPalette(['(prefers-color-scheme: dark)'])).toBe('dark');
  });
  it('uses the High contrast palette when the system asks for more contrast', () => {
    expect(systemPalette(['(prefers-contrast: more)'])).toBe('high-contrast');
  });
  it('uses High contrast dark when the system asks for both', () => {
    expect(systemPalette(['(prefers-contrast: more)', '(prefers-color-scheme: dark)'])).toBe(
      'high-contrast-dark',
    );
  });
  it('gives every theme every token the light theme defines', () => {
    for (const theme of NAMED)
      expect(Object.keys(PALETTES[theme].colors).sort()).toEqual(Object.keys(PALETTES.light.colors).sort());
    expect(Object.keys(PALETTES.light.colors).sort()).toEqual([...COLOR_TOKENS].sort());
  });
  it('maps every token to a system colour under forced colours', () => {
    // Forced colours are hand-written CSS, not a palette: read from the stylesheet.
    const css = readFileSync(join(stylesDir, 'themes.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const media = css.slice(css.indexOf('@media (forced-colors: active) {'));
    const body = media.slice(media.indexOf('{', media.indexOf(':root[data-theme]')) + 1, media.indexOf('}'));
    const forced = Object.fromEntries(
      [...body.matchAll(/--color-([\w-]+):\s*([^;]+);/g)].map((match) => [
        match[1] ?? '',
        (match[2] ?? '').trim(),
      ]),
    );
    expect(Object.keys(forced).sort()).toEqual([...COLOR_TOKENS].sort());
    for (const value of Object.values(forced)) expect(value).toMatch(/^[A-Z][A-Za-z]+$/);
  });
});

describe('the generated theme CSS', () => {
  it('is up to date with the palettes (run `npm run generate`)', () => {
    expect(readFileSync(themeCssPath, 'utf8')).toBe(generateThemeCss());
  });

  it('writes each palette once, behind its switch, and the switches once per way to turn them on', () => {
    const css = generateThemeCss();
    for (const theme of NAMED.filter((name) => name !== 'light')) {
      const [, value] = /(#[0-9a-f]{6})/.exec(PALETTES[theme].colors.bg) ?? [];
      expect(css.split(`--palette-${theme}-bg: var(--theme-${theme}) ${value};`)).toHaveLength(2);
      expect(css.split(`:root[data-theme='${theme}'] {`)).toHaveLength(2);
    }
    for (const { media } of SYSTEM_PALETTES) expect(css.split(`@media ${media} {`)).toHaveLength(2);
  });
});
