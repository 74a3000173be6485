import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isTypingTarget, shortcutFor, SHORTCUTS } from '../../src/keyboard/shortcuts';
import { isDialogOpen } from '../../src/ui/open-dialog';
import { stepTextSize } from '../../src/keyboard/useShortcuts';
import { focusByScript } from '../../src/navigation/navigation';
import type { Preferences } from '../../src/preferences/preferences';
import { builtInText, fixtureText } from './fixtures';
import { BUILT_IN_PATH, json, renderReader } from './render';

const FIRST = 'Did making this movie offer any head start for coping with the isolation of COVID-19?';

/** The app on an interview (the built-in one by default), once its title shows; its user. */
async function openReader(preferences: Partial<Preferences> = {}, text = builtInText()) {
  const reader = await renderReader({ preferences, routes: { [BUILT_IN_PATH]: json(text) } }).loaded();
  return reader.user;
}

const questionHeadings = () =>
  screen.getAllByRole('heading', { level: 3 }).filter((h) => h.id.startsWith('q-'));
const announcer = () => screen.getByTestId('announcer');

beforeEach(() => {
  // jsdom lays nothing out, so it has no scrollIntoView; the browser tests prove the scrolling.
  Element.prototype.scrollIntoView = vi.fn();
  // …and puts everything at the top; here the page starts scrolled to the top, every question below.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 10_000, 100, 20));
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('style');
});

describe('single-key shortcuts', () => {
  it('j and k move focus to the next and previous question heading', async () => {
    const user = await openReader();
    const headings = questionHeadings();
    await user.keyboard('j');
    expect(document.activeElement).toBe(headings[0]);
    expect(headings[0]).toHaveAccessibleName(FIRST);
    await user.keyboard('j');
    expect(document.activeElement).toBe(headings[1]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(headings[0]);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'start', behavior: 'instant' });
  });

  it('j from a question reached by a link goes to the question after it', async () => {
    const user = await openReader();
    const headings = questionHeadings();
    // Focus on the third question, as a contents link or a deep link leaves it.
    if (headings[2]) focusByScript(headings[2]);
    expect(document.activeElement).toBe(headings[2]);
    await user.keyboard('j');
    expect(document.activeElement).toBe(headings[3]);
  });

  it('say "Question 3 of 6" when the third question has focus', async () => {
    const user = await openReader();
    expect(screen.getByText('6 questions', { selector: '.where-am-i' })).toBeInTheDocument();
    await user.keyboard('jjj');
    expect(screen.getByText('Question 3 of 6')).toBeInTheDocument();
  });

  it('+ and - step the text size, and the change is announced once', async () => {
    const user = await openReader();
    await user.keyboard('+');
    await waitFor(() => expect(announcer()).toHaveTextContent('Text size: 110%.'));
    expect(document.documentElement.style.getPropertyValue('--reader-scale')).toBe('1.1');
    await user.keyboard('-');
    await waitFor(() => expect(announcer()).toHaveTextContent('Text size: 100%.'));
  });

  it('m cycles the reading mode and announces it', async () => {
    const user = await openReader();
    await user.keyboard('m');
    await waitFor(() => expect(announcer()).toHaveTextContent(/^Reading mode: /));
    expect(JSON.parse(localStorage.getItem('open-caption-reader.preferences') ?? '{}')).toMatchObject({
      preferences: { mode: 'plain' },
    });
  });

  it('m skips the modes a document without plain versions cannot show, and says only Original is available', async () => {
    const user = await openReader({}, fixtureText('no-plain'));
    const original = screen.getByRole('radio', { name: 'Original' });
    expect(original).toBeChecked();
    await user.keyboard('m');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(
        'This interview has only its original words, so the reading mode stays Original.',
      ),
    );
    expect(original).toBeChecked();
    expect(announcer()).not.toHaveTextContent(/Reading mode:/);
    expect(localStorage.getItem('open-caption-reader.preferences') ?? '').not.toMatch(/"plain"|"both"/);
  });

  it('? opens the Keyboard shortcuts dialog listing every shortcut; Escape closes it and returns focus', async () => {
    const user = await openReader();
    const headings = questionHeadings();
    await user.keyboard('j');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const { keys } of SHORTCUTS) for (const key of keys) expect(dialog).toHaveTextContent(key);
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    // Behind an open dialog, shortcuts are silent.
    await user.keyboard('j');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(headings[0]));
  });

  it('the Keyboard shortcuts button opens the same dialog, and focus returns to the button', async () => {
    const user = await openReader();
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  // Orca 43 says nothing of a focus given back from <body> after the dialog has gone (ui/return-focus):
  // the button takes focus first, while the closed dialog is still there, invisible; keys work at once.
  it('gives focus back while the closed dialog is still there, then takes the dialog away', async () => {
    const user = await openReader();
    const [first, second] = questionHeadings();
    await user.keyboard('j?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const dialogThere: boolean[] = [];
    first?.addEventListener('focus', () => dialogThere.push(dialog.isConnected));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(dialogThere).toEqual([true]);
    expect(isDialogOpen(document)).toBe(false);
    await user.keyboard('j');
    expect(document.activeElement).toBe(second);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });

  it('opens again when asked for in the moment the closed dialog lingers', async () => {
    const user = await openReader();
    await user.keyboard('j?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(questionHeadings()[0]));
    await user.keyboard('?');
    expect(isDialogOpen(document)).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    // Past the moment it would have gone, it is still there.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(dialog).toBeInTheDocument();
  });

  it('with nothing focused before it opened, focus leaves the closed dialog at once', async () => {
    const user = await openReader();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(document.body));
    expect(dialog).toBeInTheDocument();
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });

  it('do nothing while typing in a field', async () => {
    const user = await openReader();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    await user.keyboard('j+');
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('j+');
    field.remove();
  });

  it('do nothing when switched off in Reading settings', async () => {
    const user = await openReader({ shortcuts: false });
    await user.keyboard('j?');
    expect(document.activeElement).toBe(document.body);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('do nothing with Control, Alt or Meta held', async () => {
    const user = await openReader();
    await user.keyboard('{Control>}j{/Control}{Alt>}j{/Alt}{Meta>}j{/Meta}');
    expect(document.activeElement).toBe(document.body);
  });
});

describe('shortcutFor', () => {
  const press = (key: string, target: EventTarget | null = document.body, extra = {}) =>
    shortcutFor(
      {
        key,
        code: '',
        shiftKey: false,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        defaultPrevented: false,
        target,
        ...extra,
      },
      document,
    );
  const typed = (key: string, code: string, shiftKey = false) =>
    press(key, document.body, { code, shiftKey });

  it('maps keys to commands, letters in either case', () => {
    expect(press('j')).toBe('nextQuestion');
    expect(press('J')).toBe('nextQuestion');
    expect(press('=')).toBe('largerText');
    expect(press('?')).toBe('help');
    expect(press('x')).toBeUndefined();
    expect(press('Enter')).toBeUndefined();
  });

  it('on a layout of another script, goes by the physical key: the J key is j in Arabic, Greek, Russian', () => {
    expect(typed('ت', 'KeyJ')).toBe('nextQuestion');
    expect(typed('ξ', 'KeyJ')).toBe('nextQuestion');
    expect(typed('л', 'KeyK')).toBe('previousQuestion');
    expect(typed('ة', 'KeyM')).toBe('readingMode');
    expect(typed('ש', 'KeyS')).toBe('settings');
    expect(typed('؟', 'Slash', true)).toBe('help');
    expect(typed('ظ', 'Slash')).toBeUndefined();
    expect(typed('ب', 'KeyF')).toBeUndefined();
  });

  it('on a Latin layout, goes by the letter typed (Dvorak, AZERTY), not the key’s place', () => {
    expect(typed('h', 'KeyJ')).toBeUndefined();
    expect(typed('j', 'KeyC')).toBe('nextQuestion');
    expect(typed('é', 'Digit2')).toBeUndefined();
    expect(typed('+', 'Equal', true)).toBe('largerText');
  });

  it('counts a native popover as an open dialog only while it shows', () => {
    const definition = document.createElement('div');
    definition.setAttribute('role', 'dialog');
    definition.setAttribute('popover', 'auto');
    document.body.append(definition);
    expect(isDialogOpen(document)).toBe(false);
    definition.removeAttribute('popover');
    expect(isDialogOpen(document)).toBe(true);
    definition.remove();
  });

  it('ignores presses already handled, and editable targets', () => {
    expect(press('j', document.body, { defaultPrevented: true })).toBeUndefined();
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', '');
    expect(isTypingTarget(editable)).toBe(true);
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    expect(isTypingTarget(slider)).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });

  it('steps text sizes from any size, and stops at the ends', () => {
    expect(stepTextSize(100, 1)).toBe(110);
    expect(stepTextSize(105, -1)).toBe(100);
    expect(stepTextSize(100, -1)).toBe(100);
    expect(stepTextSize(300, 1)).toBe(300);
  });
});
