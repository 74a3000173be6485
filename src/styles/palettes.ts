// The reader's colours as data: one palette per theme, each derived from another where they share a
// shape, and the system settings that choose one under "Match system". The CSS is generated from
// here (scripts/generate-theme-css.ts, `npm run generate`) and tests/unit/contrast.test.ts measures
// these values: text pairs at least 7:1 (WCAG 1.4.6), non-text at least 3:1 (1.4.11).
// Forced colours are not a palette: the system's own colours, in hand-written CSS (themes.css).
import type { Theme } from '../preferences/preferences';

/** Each becomes the custom property --color-<token>. */
export const COLOR_TOKENS = [
  'bg',
  'text',
  'muted',
  'placeholder',
  'link',
  'link-visited',
  'surface',
  'border',
  'focus',
  'focus-contrast',
  'accent-bg',
  'accent-text',
  'error',
  'error-surface',
  'plain-surface',
  'plain-border',
  'mark',
  'mark-underline',
  // Read aloud: the sentence being spoken (a tint with a 3:1 underline); the word uses the accent.
  'speak',
  'speak-line',
  'backdrop',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];
export type NamedTheme = Exclude<Theme, 'system'>;

export interface Palette {
  scheme: 'light' | 'dark';
  colors: Readonly<Record<ColorToken, string>>;
}

/** Tokens that follow others in every theme unless it says otherwise. */
type Derived = 'placeholder' | 'focus' | 'focus-contrast';
type Choice = { scheme: Palette['scheme'] } & Omit<Record<ColorToken, string>, Derived> &
  Partial<Record<Derived, string>>;

function palette({ scheme, ...chosen }: Choice): Palette {
  // Placeholder text is as quiet as muted text; the focus ring is the link colour, haloed by the page.
  return {
    scheme,
    colors: { placeholder: chosen.muted, focus: chosen.link, 'focus-contrast': chosen.bg, ...chosen },
  };
}

/** One paper and one ink: every surface is the paper; every line, and every filled control, the ink. */
function inkOnPaper(paper: string, ink: string) {
  return {
    bg: paper,
    text: ink,
    surface: paper,
    'error-surface': paper,
    'plain-surface': paper,
    border: ink,
    'plain-border': ink,
    'accent-bg': ink,
    'accent-text': paper,
    'mark-underline': ink,
  };
}

const light: Choice = {
  scheme: 'light',
  bg: '#ffffff',
  text: '#1b1b1b',
  muted: '#474747',
  link: '#0a4a9e',
  'link-visited': '#5b2a86',
  surface: '#f3f3f0',
  border: '#6b6b6b',
  'accent-bg': '#0a4a9e',
  'accent-text': '#ffffff',
  error: '#8f1010',
  'error-surface': '#fff4f4',
  'plain-surface': '#eef3fa',
  'plain-border': '#4a6a96',
  mark: '#fff3c4',
  'mark-underline': '#7a5c00',
  speak: '#ffd9a8',
  'speak-line': '#8a3b00',
  backdrop: 'rgb(0 0 0 / 0.55)',
};

const dark: Choice = {
  ...light,
  scheme: 'dark',
  bg: '#121417',
  text: '#e8e8e8',
  muted: '#c0c0c0',
  link: '#8fc3ff',
  'link-visited': '#d0b0ff',
  surface: '#1d2026',
  border: '#8b8f96',
  'accent-bg': '#8fc3ff',
  'accent-text': '#0a0f1a',
  error: '#ffaaaa',
  'error-surface': '#2b1517',
  'plain-surface': '#17212e',
  'plain-border': '#7d9cc4',
  mark: '#302a0e',
  'mark-underline': '#e6c85a',
  speak: '#4a3410',
  'speak-line': '#ffb65c',
  backdrop: 'rgb(0 0 0 / 0.7)',
};

/** Cream paper and dark brown ink: less glare than white, still 7:1. Plain versions sit on the surface. */
const sepiaSurface = '#f1e8d4';
const sepiaBorder = '#7d6852';
const sepia: Choice = {
  ...light,
  bg: '#f8f1e3',
  text: '#33261a',
  muted: '#574431',
  link: '#1a4580',
  'link-visited': '#642a6a',
  surface: sepiaSurface,
  border: sepiaBorder,
  'accent-bg': '#5b3a1a',
  'accent-text': '#fff8ec',
  error: '#8a1212',
  'error-surface': '#fbe9e0',
  'plain-surface': sepiaSurface,
  'plain-border': sepiaBorder,
  mark: '#f9e7a6',
  'mark-underline': '#735400',
  speak: '#f5cf9a',
  'speak-line': '#7a3a00',
  backdrop: 'rgb(40 28 16 / 0.6)',
};

const highContrast: Choice = {
  ...light,
  ...inkOnPaper('#ffffff', '#000000'),
  muted: '#1f1f1f',
  link: '#0000c8',
  'link-visited': '#5a007a',
  error: '#a00000',
  mark: '#ffff66',
  speak: '#ffc4e0',
  'speak-line': '#000000',
  backdrop: 'rgb(0 0 0 / 0.75)',
};

/** Yellow ink on black; focus and the plain versions' border in white, apart from the yellow. */
const highContrastDark: Choice = {
  ...highContrast,
  ...inkOnPaper('#000000', '#ffff00'),
  scheme: 'dark',
  muted: '#ffffff',
  link: '#80ffff',
  'link-visited': '#ff9fff',
  focus: '#ffffff',
  'plain-border': '#ffffff',
  error: '#ff8080',
  mark: '#333300',
  speak: '#3a1d4a',
  'speak-line': '#ff9fff',
  backdrop: 'rgb(0 0 0 / 0.8)',
};

export const PALETTES: Readonly<Record<NamedTheme, Palette>> = {
  light: palette(light),
  dark: palette(dark),
  sepia: palette(sepia),
  'high-contrast': palette(highContrast),
  'high-contrast-dark': palette(highContrastDark),
};

/** The theme the page starts in, and shows without preferences. */
export const DEFAULT_PALETTE: NamedTheme = 'light';

/**
 * "Match system": the palette each system setting asks for. When several match, the later wins
 * (more contrast on a dark system is High contrast dark).
 */
export const SYSTEM_PALETTES: readonly { media: string; theme: NamedTheme }[] = [
  { media: '(prefers-color-scheme: dark)', theme: 'dark' },
  { media: '(prefers-contrast: more)', theme: 'high-contrast' },
  { media: '(prefers-contrast: more) and (prefers-color-scheme: dark)', theme: 'high-contrast-dark' },
];
