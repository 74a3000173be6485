// The single-key shortcuts and when they must stay silent. Screen readers in browse mode take single
// keys for themselves before the page sees them, so these serve sighted keyboard users; a screen
// reader user reaches every command through the buttons, and anyone can switch them off (WCAG 2.1.4).
//
// A screen reader passes letters to the page in its focus mode, which it enters when the keyboard
// brings focus to a control (Orca does on buttons with a popup, expandable buttons and sliders; a
// reader may also switch to it by hand). Its user then presses "m" meaning "next landmark". So the
// shortcuts act only while focus is on the text (the page, a heading, a paragraph) or on a control that
// was clicked, never on a control the keyboard reached. Tab away from a control (or click the text) and
// they work again.

import { isDialogOpen } from '../ui/open-dialog';

export type ShortcutCommand =
  | 'nextQuestion'
  | 'previousQuestion'
  | 'readingMode'
  | 'largerText'
  | 'smallerText'
  | 'settings'
  | 'help'
  | 'readAloud'
  | 'nextSentence'
  | 'previousSentence'
  | 'stopReading';

/** The keys as a reader types them, in the order the help dialog lists them. */
export const SHORTCUTS: readonly { command: ShortcutCommand; keys: readonly string[] }[] = [
  { command: 'nextQuestion', keys: ['j'] },
  { command: 'previousQuestion', keys: ['k'] },
  { command: 'readingMode', keys: ['m'] },
  { command: 'largerText', keys: ['+', '='] },
  { command: 'smallerText', keys: ['-'] },
  { command: 'settings', keys: ['s'] },
  { command: 'help', keys: ['?'] },
  { command: 'readAloud', keys: ['r'] },
  { command: 'nextSentence', keys: ['.'] },
  { command: 'previousSentence', keys: [','] },
  // Escape stops reading even with shortcuts switched off (read aloud listens for it itself).
  { command: 'stopReading', keys: ['Escape'] },
];

const BY_KEY = new Map(SHORTCUTS.flatMap(({ command, keys }) => keys.map((key) => [key, command] as const)));

const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider']);

/** Fields, editable text and widgets that take letters or arrows for themselves. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'))
    return true;
  const role = target.getAttribute('role');
  return role !== null && TYPING_ROLES.has(role);
}

const CONTROLS =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), ' +
  '[role="button"], [role="link"], [role="radio"], [role="checkbox"], [role="switch"], [role="tab"], ' +
  '[role="menuitem"], [role="option"], [role="treeitem"], [role="gridcell"]';

/**
 * Focus is on a control that the keyboard brought it to (:focus-visible), where a screen reader may be
 * in focus mode and send its own single-key commands on to the page.
 */
export function isKeyboardFocusedControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || target.closest(CONTROLS) === null) return false;
  // Read aloud's controls are a player: its keys (r, comma, full stop) are what a reader there presses.
  if (target.closest('.read-aloud') !== null) return false;
  try {
    return target.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** What a physical key types on a US layout, for the keys a shortcut may be on. */
const BY_CODE: Readonly<Record<string, readonly [plain: string, shifted: string]>> = {
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  Slash: ['/', '?'],
};

/**
 * The key a press stands for. Letters as the layout types them when it types Latin letters (so a
 * Dvorak or AZERTY reader presses the letter they see); on another script's layout (Arabic, Greek,
 * Cyrillic, Hebrew…) the J key types "ت", so the physical key stands in: KeyJ is j.
 */
function pressedKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>): string {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (BY_KEY.has(key) || [...key].length !== 1 || /[\p{Script=Latin}\p{ASCII}]/u.test(key)) return key;
  const letter = /^Key([A-Z])$/.exec(event.code)?.[1];
  if (letter !== undefined) return letter.toLowerCase();
  return BY_CODE[event.code]?.[event.shiftKey ? 1 : 0] ?? key;
}

/** The command a key press asks for, or undefined when the press is not a shortcut here. */
export function shortcutFor(
  event: Pick<
    KeyboardEvent,
    'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'target'
  >,
  doc: Document,
): ShortcutCommand | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const command = BY_KEY.get(pressedKey(event));
  if (command === undefined) return undefined;
  if (isTypingTarget(event.target) || isKeyboardFocusedControl(event.target) || isDialogOpen(doc)) {
    return undefined;
  }
  return command;
}
