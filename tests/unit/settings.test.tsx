import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { AppCommandsProvider } from '../../src/services/AppCommands';
import { DEFAULT_PREFERENCES } from '../../src/preferences/preferences';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/preferences/storage';
import { SettingsButton } from '../../src/settings/SettingsButton';
import { isDialogOpen } from '../../src/ui/open-dialog';
import { renderWithProviders } from './render';

const root = document.documentElement;
const stored = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { preferences: typeof DEFAULT_PREFERENCES };

// The dialog is a lazy chunk; loading it once up front keeps each test's time for the test itself.
beforeAll(async () => {
  await import('../../src/settings/SettingsDialog');
});

afterEach(() => {
  localStorage.clear();
  root.removeAttribute('style');
  delete root.dataset['theme'];
  delete root.dataset['font'];
});

async function openSettings() {
  const user = userEvent.setup();
  renderWithProviders(
    <AppCommandsProvider>
      <SettingsButton />
    </AppCommandsProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'Reading settings' }));
  // Waits as long as a lazy chunk can take on a loaded machine: a state, not a time, is asserted.
  const dialog = await screen.findByRole('dialog', { name: 'Reading settings' }, { timeout: 10_000 });
  return { user, dialog };
}

describe('the Reading settings dialog', () => {
  it('gives every control a visible label and help text', async () => {
    const { dialog } = await openSettings();
    for (const name of ['Text size', 'Line spacing', 'Letter spacing', 'Word spacing', 'Read-aloud speed']) {
      const slider = within(dialog).getByRole('slider', { name });
      expect(slider).toHaveAccessibleDescription(/\w+/);
    }
    for (const [name, options] of [
      ['Font', 4],
      ['Line length', 3],
      ['Colours', 6],
      ['Line focus', 4],
    ] as const) {
      const group = within(dialog).getByRole('radiogroup', { name });
      expect(group).toHaveAccessibleDescription(/\w+/);
      expect(within(group).getAllByRole('radio', { name: /./ })).toHaveLength(options);
    }
    // Each slider's value is seen beside its label and said once, by the slider: a reader going down the
    // row heard the label and the shown value run together ("Text size100%").
    for (const output of dialog.querySelectorAll('output'))
      expect(output).toHaveAttribute('aria-hidden', 'true');
    // jsdom has no speech synthesis: the voice setting says so instead of offering nothing.
    const voice = within(dialog).getByRole('button', { name: /Read-aloud voice/ });
    // (It looks first: the answer comes a moment after the panel shows.)
    await waitFor(() => expect(voice).toHaveAccessibleDescription(/This browser cannot speak text\./));
  }, 20_000);

  it('speaks text size as a percentage and applies it at once', async () => {
    const { user, dialog } = await openSettings();
    const slider = within(dialog).getByRole('slider', { name: 'Text size' });
    expect(slider).toHaveAttribute('aria-valuetext', '100%');
    act(() => slider.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuetext', '150%');
    expect(root.style.getPropertyValue('--reader-scale')).toBe('1.5');
    expect(stored().preferences.textSize).toBe(150);
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuetext', '300%');
  });

  it('shows spacing as a share of the text size', async () => {
    const { user, dialog } = await openSettings();
    const letters = within(dialog).getByRole('slider', { name: 'Letter spacing' });
    act(() => letters.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(letters).toHaveAttribute('aria-valuetext', '12%');
    expect(root.style.getPropertyValue('--reader-letter-spacing')).toBe('0.12em');
    const lines = within(dialog).getByRole('slider', { name: 'Line spacing' });
    expect(lines).toHaveAttribute('aria-valuetext', '1.6');
  });

  it('chooses a theme and a font by pointer or arrow keys', async () => {
    const { user, dialog } = await openSettings();
    await user.click(within(dialog).getByRole('radio', { name: 'Sepia (cream, low glare)' }));
    expect(root.dataset['theme']).toBe('sepia');
    await user.keyboard('{ArrowDown}');
    expect(root.dataset['theme']).toBe('high-contrast');
    const font = within(dialog).getByRole('radio', { name: 'Atkinson Hyperlegible' });
    await user.click(font);
    expect(root.dataset['font']).toBe('atkinson-hyperlegible');
    expect(stored().preferences).toMatchObject({ theme: 'high-contrast', font: 'atkinson-hyperlegible' });
  });

  it('resets every setting and says so', async () => {
    const { user, dialog } = await openSettings();
    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Wide' }));
    await user.click(within(dialog).getByRole('button', { name: 'Reset to defaults' }));
    expect(root.dataset['theme']).toBe('system');
    expect(within(dialog).getByRole('radio', { name: 'Medium' })).toBeChecked();
    expect(stored().preferences).toEqual(DEFAULT_PREFERENCES);
  });

  it('closes with Escape and with Done, returning focus to the button', async () => {
    const { user } = await openSettings();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reading settings' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  // Orca 43 says nothing of a focus given back from <body> after the focused Close is removed
  // (react-aria's way, a frame later): the button takes focus first, while the panel is still there.
  for (const [how, close] of [
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
    [
      'Done',
      (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Done' })),
    ],
  ] as const) {
    it(`gives focus straight back to its button on ${how}, never by way of the page's body`, async () => {
      const { user, dialog } = await openSettings();
      const button = screen.getByRole('button', { name: 'Reading settings' });
      const focusedWhile: boolean[] = [];
      const lostToBody: string[] = [];
      button.addEventListener('focus', () => focusedWhile.push(dialog.isConnected));
      const noteFocusLost = (event: FocusEvent) => {
        if (event.relatedTarget === null) lostToBody.push((event.target as HTMLElement).textContent ?? '');
      };
      document.addEventListener('focusout', noteFocusLost);
      onTestFinished(() => document.removeEventListener('focusout', noteFocusLost));
      await close(user);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(button).toHaveFocus();
      expect(focusedWhile).toEqual([true]);
      expect(lostToBody).toEqual([]);
    });
  }

  it('is a non-modal panel: hides nothing, keys beside it are the page’s, and its button takes focus back in', async () => {
    const { user, dialog } = await openSettings();
    expect(dialog).not.toHaveAttribute('aria-modal');
    expect(dialog).toHaveAccessibleDescription('Changes show at once and are kept on this device.');
    expect(root).toHaveAttribute('data-settings-panel', 'open');
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    expect(isDialogOpen(document)).toBe(true);
    // Nothing outside is hidden from a screen reader (a modal hides the rest): the button is still found.
    const button = screen.getByRole('button', { name: 'Reading settings' });
    act(() => button.focus());
    expect(isDialogOpen(document)).toBe(false);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Reading settings' })).toBe(dialog);
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(root).not.toHaveAttribute('data-settings-panel');
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('follows a change saved in another tab', async () => {
    const { dialog } = await openSettings();
    const newValue = JSON.stringify({
      version: STORAGE_VERSION,
      preferences: { ...DEFAULT_PREFERENCES, theme: 'dark', textSize: 200 },
    });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue }));
    });
    expect(root.dataset['theme']).toBe('dark');
    expect(within(dialog).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(within(dialog).getByRole('slider', { name: 'Text size' })).toHaveAttribute(
      'aria-valuetext',
      '200%',
    );
  });
});
