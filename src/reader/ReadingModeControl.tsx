import type { Interview } from '../interview/generated/interview';

/** The "Reading mode" control in the banner (issue: reading modes). */
export function ReadingModeControl(_props: { interview: Interview }) {
  return null;
}
