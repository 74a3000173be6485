import type { Interview } from '../interview/generated/interview';

type GlossaryEntry = NonNullable<Interview['glossary']>[number];

/**
 * A fragment for each entry, from its term ("Sign language" → glossary-sign-language), different for
 * every entry: terms that make the same fragment ("TIFF", "tiff!") number the later ones by position,
 * and a number never takes a fragment another term makes by itself ("a-3" beside "a" and "a!").
 */
export function glossaryFragments(glossary: readonly GlossaryEntry[]): string[] {
  const bases = glossary.map((entry, index) => {
    const slug = entry.term
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    return `glossary-${slug === '' ? String(index + 1) : slug}`;
  });
  // Every base is spoken for before any number is handed out.
  const taken = new Set(bases);
  const used = new Set<string>();
  return bases.map((base, index) => {
    let fragment = base;
    if (used.has(base)) {
      fragment = `${base}-${index + 1}`;
      for (let n = 2; taken.has(fragment) || used.has(fragment); n++) fragment = `${base}-${index + 1}-${n}`;
    }
    used.add(fragment);
    taken.add(fragment);
    return fragment;
  });
}
