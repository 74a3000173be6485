import type { Interview } from '../interview/generated/interview';

/** "Question 3 of 6" for the question in view or focused (issue: keyboard and screen readers). */
export function WhereAmI(_props: { interview: Interview }) {
  return null;
}
