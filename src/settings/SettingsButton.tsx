/** The "Reading settings" button and its dialog (issue: reading preferences). */
export function SettingsButton() {
  return null;
}
