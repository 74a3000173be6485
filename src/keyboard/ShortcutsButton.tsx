/** The "Keyboard shortcuts" button and dialog, and the shortcuts themselves (issue: keyboard). */
export function ShortcutsButton() {
  return null;
}
