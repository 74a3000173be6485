/**
 * A dialog or popover is open: its own keys win, and nothing may act behind it. A native popover
 * (a glossary definition) is in the page while closed, and counts only while it shows.
 */
export function isDialogOpen(doc: Document): boolean {
  const dialogs = doc.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"]');
  return [...dialogs].some((dialog) => !dialog.hasAttribute('popover') || dialog.matches(':popover-open'));
}
