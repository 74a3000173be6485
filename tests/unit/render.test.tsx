// The test helpers themselves: a rerender keeps the providers, and the reader's stub serves by path.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Interview } from '../../src/interview/generated/interview';
import { ReadingModeControl } from '../../src/reader/ReadingModeControl';
import { builtInText } from './fixtures';
import { renderReader, renderWithProviders } from './render';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('renderWithProviders', () => {
  it('keeps the providers across a rerender: the strings and the preferences', () => {
    const interview = JSON.parse(builtInText()) as Interview;
    const { rerender } = renderWithProviders(<ReadingModeControl interview={interview} />, {
      preferences: { mode: 'both' },
    });
    rerender(<ReadingModeControl interview={interview} />);
    const group = screen.getByRole('radiogroup', { name: 'Reading mode' });
    expect(within(group).getByRole('radio', { name: 'Both' })).toBeChecked();
  });
});

describe('renderReader', () => {
  it('serves the built-in interview by default, and answers 404 for any other path', async () => {
    const { fetch, loaded } = renderReader();
    await loaded();
    expect(String(fetch.mock.calls[0]?.[0])).toBe('https://reader.example/reader/data/sound-of-metal.json');
    await expect(fetch('https://reader.example/reader/missing.json')).resolves.toHaveProperty('status', 404);
  });
});
