/**
 * A dialog or popover is open: its own keys win, and nothing may act behind it. A native popover
 * (a glossary definition) is in the page while closed, and counts only while it shows. A non-modal
 * panel (ui/Panel, marked data-non-modal) counts only while focus is in it: the page beside it is
 * the reader's, keys and all. A modal dialog that has closed and lingers a moment, invisible
 * (ui/Dialog, inside [data-exiting]), no longer counts.
 */
export function isDialogOpen(doc: Document): boolean {
  const dialogs = doc.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"]');
  return [...dialogs].some((dialog) => {
    if (dialog.hasAttribute('popover')) return dialog.matches(':popover-open');
    if (dialog.hasAttribute('data-non-modal')) return dialog.contains(doc.activeElement);
    return dialog.closest('[data-exiting]') === null;
  });
}
