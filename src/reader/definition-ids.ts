/**
 * The id of a glossary entry's definition popover, from the entry's fragment ("glossary-…"). Its own
 * prefix, so it can never be another entry's fragment, a question's ("q-…") or a mark's ("unit--…").
 */
export function definitionId(fragment: string): string {
  return `definition-${fragment}`;
}

export function definitionTermId(fragment: string): string {
  return `${definitionId(fragment)}-term`;
}
