// One Preferences value: what a reader has chosen. Every field has a default and a sanitiser, so a
// stored value that is corrupted, out of range or from another version falls back field by field.

export const THEMES = ['system', 'light', 'dark', 'sepia', 'high-contrast', 'high-contrast-dark'] as const;
export const FONTS = ['system-sans', 'serif', 'atkinson-hyperlegible', 'opendyslexic'] as const;
export const LINE_LENGTHS = ['narrow', 'medium', 'wide'] as const;
export const READING_MODES = ['original', 'plain', 'both'] as const;

/** Text size as a percentage of the default (20px): 100% to 300% in even steps, so a slider reaches each. */
export const TEXT_SIZE = { min: 100, max: 300, step: 10, default: 100 } as const;
/** Every size the slider can reach, smallest first (for keyboard shortcuts that step through them). */
export const TEXT_SIZES: readonly number[] = Array.from(
  { length: (TEXT_SIZE.max - TEXT_SIZE.min) / TEXT_SIZE.step + 1 },
  (_, index) => TEXT_SIZE.min + index * TEXT_SIZE.step,
);
export const LINE_HEIGHT = { min: 1.2, max: 2.4, step: 0.1, default: 1.6 } as const;
export const LETTER_SPACING = { min: 0, max: 0.2, step: 0.02, default: 0 } as const;
export const WORD_SPACING = { min: 0, max: 0.4, step: 0.04, default: 0 } as const;
/** Read-aloud speed as a multiple of the voice's normal rate (0.5× to 2×, as reading views offer). */
export const SPEECH_RATE = { min: 0.5, max: 2, step: 0.1, default: 1 } as const;
/** Line focus: how many lines stay undimmed; 0 is off. */
export const LINE_FOCUS = [0, 1, 3, 5] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type LineLength = (typeof LINE_LENGTHS)[number];
export type ReadingMode = (typeof READING_MODES)[number];
export type LineFocus = (typeof LINE_FOCUS)[number];

export interface Preferences {
  textSize: number;
  font: Font;
  lineHeight: number;
  letterSpacing: number;
  wordSpacing: number;
  lineLength: LineLength;
  theme: Theme;
  mode: ReadingMode;
  /** Interface language; null follows the browser's languages. */
  language: string | null;
  shortcuts: boolean;
  /** Read-aloud speed, 0.5 to 2. */
  speechRate: number;
  /** The chosen voice's voiceURI; null picks the best voice for the document's language. */
  voice: string | null;
  lineFocus: LineFocus;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  textSize: TEXT_SIZE.default,
  font: 'system-sans',
  lineHeight: LINE_HEIGHT.default,
  letterSpacing: LETTER_SPACING.default,
  wordSpacing: WORD_SPACING.default,
  lineLength: 'medium',
  theme: 'system',
  mode: 'original',
  language: null,
  shortcuts: true,
  speechRate: SPEECH_RATE.default,
  voice: null,
  lineFocus: 0,
});

type Sanitisers = { [K in keyof Preferences]: (value: unknown) => Preferences[K] | undefined };

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): T | undefined =>
    options.find((option) => option === value);

const inRange =
  ({ min, max }: { min: number; max: number }) =>
  (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? Math.round(value * 1000) / 1000
      : undefined;

export const SANITISERS: Sanitisers = {
  textSize: inRange(TEXT_SIZE),
  font: oneOf(FONTS),
  lineHeight: inRange(LINE_HEIGHT),
  letterSpacing: inRange(LETTER_SPACING),
  wordSpacing: inRange(WORD_SPACING),
  lineLength: oneOf(LINE_LENGTHS),
  theme: oneOf(THEMES),
  mode: oneOf(READING_MODES),
  language: (value) =>
    value === null || (typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value))
      ? value
      : undefined,
  shortcuts: (value) => (typeof value === 'boolean' ? value : undefined),
  speechRate: inRange(SPEECH_RATE),
  voice: (value) =>
    value === null || (typeof value === 'string' && value.trim() !== '' && value.length <= 500)
      ? value
      : undefined,
  lineFocus: (value) => LINE_FOCUS.find((option) => option === value),
};

/** Any value in, a whole valid Preferences out: each field kept when valid, else its default. */
export function sanitisePreferences(raw: unknown): Preferences {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result = { ...DEFAULT_PREFERENCES };
  for (const key of Object.keys(SANITISERS) as (keyof Preferences)[]) {
    const value = SANITISERS[key](source[key]);
    if (value !== undefined) (result as Record<keyof Preferences, unknown>)[key] = value;
  }
  return result;
}
