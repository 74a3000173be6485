// The single-key shortcuts and when they must stay silent. Screen readers in browse mode take single
// keys for themselves before the page sees them, so these serve sighted keyboard users; a screen
// reader user reaches every command through the buttons, and anyone can switch them off (WCAG 2.1.4).

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

/** A dialog or popover is open: its own keys win, and nothing may act behind it. */
export function isDialogOpen(doc: Document): boolean {
  return doc.querySelector('[role="dialog"], [role="alertdialog"], [aria-modal="true"]') !== null;
}

/** The command a key press asks for, or undefined when the press is not a shortcut here. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'target'>,
  doc: Document,
): ShortcutCommand | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const command = BY_KEY.get(event.key.length === 1 ? event.key.toLowerCase() : event.key);
  if (command === undefined) return undefined;
  if (isTypingTarget(event.target) || isDialogOpen(doc)) return undefined;
  return command;
}
