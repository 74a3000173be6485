import type { Interview } from '../interview/generated/interview';
import { useShortcuts } from './useShortcuts';

/** Mounts the single-key shortcuts once, inside the app's command state. Renders nothing. */
export function KeyboardShortcuts({ interview }: { interview: Interview | undefined }) {
  useShortcuts(interview);
  return null;
}
