import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/interview/generated/interview';
import { Article } from '../../src/reader/Article';
import { ReadingModeControl } from '../../src/reader/ReadingModeControl';
import { builtInText, fixture } from './fixtures';

/** Shown: neither it nor anything around it is display:none (CSS decides the mode). */
const isVisible = (element: Element): boolean =>
  element.closest('[data-show]') === null ||
  [...document.querySelectorAll('[data-show]')].every(
    (candidate) => !candidate.contains(element) || getComputedStyle(candidate).display !== 'none',
  );
import { renderWithProviders } from './render';

const builtIn = () => JSON.parse(builtInText()) as Interview;

describe('the Reading mode control', () => {
  it('is a radio group of three, and choosing one changes the article', async () => {
    const interview = builtIn();
    renderWithProviders(
      <>
        <ReadingModeControl interview={interview} />
        <Article interview={interview} />
      </>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Reading mode' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Original',
      'Plain language',
      'Both',
    ]);
    expect(within(group).getByRole('radio', { name: 'Original' })).toBeChecked();
    const shown = (text: string) => screen.queryAllByText(text).filter((element) => isVisible(element));
    expect(shown('In plain words')).toHaveLength(0);
    await userEvent.click(within(group).getByRole('radio', { name: 'Both' }));
    expect(within(group).getByRole('radio', { name: 'Both' })).toBeChecked();
    expect(shown('In plain words').length).toBeGreaterThan(5);
    expect(new URL(window.location.href).searchParams.get('mode')).toBe('both');
  });

  it('disables plain and both for a document without plain versions, and says why', () => {
    renderWithProviders(<ReadingModeControl interview={fixture('no-plain') as Interview} />, {
      preferences: { mode: 'plain' },
    });
    const group = screen.getByRole('radiogroup', { name: 'Reading mode' });
    expect(within(group).getByRole('radio', { name: 'Original' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Plain language' })).toBeDisabled();
    expect(within(group).getByRole('radio', { name: 'Both' })).toBeDisabled();
    expect(group).toHaveAccessibleDescription(
      'This interview has no plain-language version, so it shows in its original words.',
    );
  });
});

describe('the article in plain mode', () => {
  it('shows plain versions and marks the part without one in words', () => {
    renderWithProviders(<Article interview={builtIn()} />, { preferences: { mode: 'plain' } });
    expect(
      screen.getByRole('heading', { name: /Did acting in sign language change how you act\?/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Original wording: this part has no plain version.')).toHaveLength(1);
    expect(screen.getByText('About 4 minutes to read in plain language')).toBeVisible();
    expect(screen.getByText('About 4 minutes to read in the original words')).not.toBeVisible();
  });
});
