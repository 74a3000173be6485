import { describe, expect, it, vi } from 'vitest';
import { applyMode, applyPreferences } from '../../src/preferences/apply';
import {
  DEFAULT_PREFERENCES,
  LETTER_SPACING,
  LINE_FOCUS,
  LINE_HEIGHT,
  sanitisePreferences,
  SPEECH_RATE,
  TEXT_SIZE,
  TEXT_SIZES,
  WORD_SPACING,
} from '../../src/preferences/preferences';
import { preferencesReducer } from '../../src/preferences/reducer';
import {
  parseStored,
  readPreferences,
  STORAGE_KEY,
  STORAGE_VERSION,
  writePreferences,
} from '../../src/preferences/storage';

const stored = (preferences: unknown, version: unknown = STORAGE_VERSION) =>
  JSON.stringify({ version, preferences });

describe('the ranges the issue asks for', () => {
  it('offers text from 100% to 300% in at least 8 steps, spacing up to WCAG 1.4.12 and beyond', () => {
    expect(TEXT_SIZES[0]).toBe(100);
    expect(TEXT_SIZES.at(-1)).toBe(300);
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(8);
    expect(TEXT_SIZES.every((size) => (size - TEXT_SIZE.min) % TEXT_SIZE.step === 0)).toBe(true);
    expect(LINE_HEIGHT.min).toBeLessThanOrEqual(1.2);
    expect(LINE_HEIGHT.max).toBeGreaterThanOrEqual(2);
    expect(LINE_HEIGHT.default).toBe(1.6);
    expect(LETTER_SPACING.max).toBeGreaterThanOrEqual(0.12);
    expect(WORD_SPACING.max).toBeGreaterThanOrEqual(0.16);
  });
});

describe('preferencesReducer', () => {
  it('sets one field and keeps the rest', () => {
    const next = preferencesReducer(DEFAULT_PREFERENCES, { type: 'set', key: 'theme', value: 'sepia' });
    expect(next).toEqual({ ...DEFAULT_PREFERENCES, theme: 'sepia' });
  });
  it('ignores values out of range or unknown, keeping the same state object', () => {
    const state = { ...DEFAULT_PREFERENCES };
    expect(preferencesReducer(state, { type: 'set', key: 'textSize', value: 400 })).toBe(state);
    expect(preferencesReducer(state, { type: 'set', key: 'lineHeight', value: Number.NaN })).toBe(state);
    expect(preferencesReducer(state, { type: 'set', key: 'theme', value: 'neon' as never })).toBe(state);
  });
  it('returns the same state when nothing changes, so nothing re-renders', () => {
    const state = { ...DEFAULT_PREFERENCES };
    expect(preferencesReducer(state, { type: 'set', key: 'font', value: 'system-sans' })).toBe(state);
  });
  it('resets every field to its default', () => {
    const changed = {
      ...DEFAULT_PREFERENCES,
      textSize: 250,
      font: 'opendyslexic' as const,
      theme: 'dark' as const,
      shortcuts: false,
    };
    expect(preferencesReducer(changed, { type: 'reset' })).toEqual(DEFAULT_PREFERENCES);
  });
  it('replaces everything with what another tab stored, sanitised field by field', () => {
    const next = preferencesReducer(DEFAULT_PREFERENCES, {
      type: 'replace',
      preferences: { theme: 'high-contrast-dark', textSize: 9000 },
    });
    expect(next).toEqual({ ...DEFAULT_PREFERENCES, theme: 'high-contrast-dark' });
  });
});

describe('read-aloud and line-focus preferences', () => {
  it('offers speeds from 0.5× to 2× at normal speed by default, and line focus off, 1, 3 or 5 lines', () => {
    expect([SPEECH_RATE.min, SPEECH_RATE.max, DEFAULT_PREFERENCES.speechRate]).toEqual([0.5, 2, 1]);
    expect(LINE_FOCUS).toEqual([0, 1, 3, 5]);
    expect(DEFAULT_PREFERENCES.lineFocus).toBe(0);
    expect(DEFAULT_PREFERENCES.voice).toBeNull();
  });
  it('keeps a valid speed, voice and line focus', () => {
    expect(
      sanitisePreferences({ speechRate: 1.5, voice: 'English (America) espeak-ng', lineFocus: 3 }),
    ).toEqual({
      ...DEFAULT_PREFERENCES,
      speechRate: 1.5,
      voice: 'English (America) espeak-ng',
      lineFocus: 3,
    });
  });
  it.each([
    ['a speed too slow', { speechRate: 0.2 }],
    ['a speed too fast', { speechRate: 10 }],
    ['a speed that is not a number', { speechRate: '1.5' }],
    ['a blank voice', { voice: '  ' }],
    ['a voice that is not text', { voice: 42 }],
    ['a voice name far too long', { voice: 'x'.repeat(501) }],
    ['two lines of focus', { lineFocus: 2 }],
    ['line focus as text', { lineFocus: '3' }],
  ])('falls back to the default for %s', (_name, raw) => {
    expect(sanitisePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });
  it('sets a speed through the reducer and refuses one out of range', () => {
    const state = { ...DEFAULT_PREFERENCES };
    const faster = preferencesReducer(state, { type: 'set', key: 'speechRate', value: 1.7 });
    expect(faster.speechRate).toBe(1.7);
    expect(preferencesReducer(state, { type: 'set', key: 'speechRate', value: 3 })).toBe(state);
    expect(preferencesReducer(state, { type: 'set', key: 'lineFocus', value: 4 as never })).toBe(state);
  });
});

describe('sanitisePreferences', () => {
  it('keeps each valid field and falls back per field', () => {
    expect(
      sanitisePreferences({
        textSize: 150,
        lineHeight: 5,
        font: 'serif',
        wordSpacing: -1,
        language: 'es',
        extra: 1,
      }),
    ).toEqual({ ...DEFAULT_PREFERENCES, textSize: 150, font: 'serif', language: 'es' });
  });
  it.each([null, 42, 'text', [], undefined])('turns %j into the defaults', (raw) => {
    expect(sanitisePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });
});

describe('storage', () => {
  it('round-trips what it wrote, under a versioned key', () => {
    const memory = new Map<string, string>();
    const storage = {
      getItem: (key: string) => memory.get(key) ?? null,
      setItem: (key: string, value: string) => void memory.set(key, value),
    };
    const chosen = { ...DEFAULT_PREFERENCES, textSize: 200, theme: 'sepia' as const, letterSpacing: 0.12 };
    writePreferences(chosen, storage);
    expect(JSON.parse(memory.get(STORAGE_KEY) ?? '')).toEqual({
      version: STORAGE_VERSION,
      preferences: chosen,
    });
    expect(readPreferences(storage)).toEqual(chosen);
  });
  it.each([
    ['nothing stored', null],
    ['corrupted JSON', '{"version":1,"preferences":{'],
    ['JSON null', 'null'],
    ['an unknown version', stored({ theme: 'dark' }, 99)],
    ['no version', JSON.stringify({ preferences: { theme: 'dark' } })],
  ])('gives the defaults for %s', (_name, text) => {
    expect(readPreferences({ getItem: () => text })).toEqual(DEFAULT_PREFERENCES);
  });
  it('falls back per field for out-of-range values', () => {
    const text = stored({
      theme: 'dark',
      textSize: 301,
      lineHeight: 0.5,
      letterSpacing: 0.12,
      font: 'Comic Sans',
    });
    expect(parseStored(text)).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', letterSpacing: 0.12 });
  });
  it('survives storage that throws on read or write (blocked, quota full)', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(readPreferences(throwing)).toEqual(DEFAULT_PREFERENCES);
    expect(() => writePreferences(DEFAULT_PREFERENCES, throwing)).not.toThrow();
  });
  it('survives a window whose localStorage getter throws', () => {
    const spy = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(() => writePreferences(DEFAULT_PREFERENCES)).not.toThrow();
    spy.mockRestore();
  });
});

describe('applyPreferences', () => {
  it('sets the theme and font attributes and the --reader-* properties on the root', () => {
    const root = document.createElement('html');
    applyPreferences(
      {
        ...DEFAULT_PREFERENCES,
        theme: 'sepia',
        font: 'atkinson-hyperlegible',
        textSize: 250,
        lineHeight: 2,
        letterSpacing: 0.12,
        wordSpacing: 0.16,
        lineLength: 'narrow',
      },
      root,
    );
    expect(root.dataset['theme']).toBe('sepia');
    expect(root.dataset['font']).toBe('atkinson-hyperlegible');
    expect(root.style.getPropertyValue('--reader-scale')).toBe('2.5');
    expect(root.style.getPropertyValue('--reader-line-height')).toBe('2');
    expect(root.style.getPropertyValue('--reader-letter-spacing')).toBe('0.12em');
    expect(root.style.getPropertyValue('--reader-word-spacing')).toBe('0.16em');
    expect(root.style.getPropertyValue('--reader-line-characters')).toBe('45');
  });

  // The app applies at start what prepaint.js already applied: an equal write restyles the whole page.
  it('writes nothing to the root when nothing changed, and only what changed otherwise', async () => {
    const root = document.createElement('html');
    const large = { ...DEFAULT_PREFERENCES, textSize: 200, mode: 'plain' as const };
    applyPreferences(large, root);
    applyMode(large.mode, root);
    const written: string[] = [];
    const observer = new MutationObserver((records) =>
      written.push(...records.map((record) => record.attributeName ?? '')),
    );
    observer.observe(root, { attributes: true, attributeOldValue: true });
    applyPreferences(large, root);
    applyMode(large.mode, root);
    await Promise.resolve();
    expect(written).toEqual([]);
    applyPreferences({ ...large, textSize: 100 }, root);
    await Promise.resolve();
    observer.disconnect();
    expect(written).toEqual(['data-large-text', 'style']);
    expect(root.hasAttribute('data-large-text')).toBe(false);
    expect(root.style.getPropertyValue('--reader-scale')).toBe('1');
  });
});
