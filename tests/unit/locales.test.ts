// Every locale has exactly the keys English has, with plural forms counted by each language's own
// rules (Arabic needs zero, one, two, few, many and other; Spanish one, many and other).
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import ar from '../../src/i18n/locales/ar.json';
import en from '../../src/i18n/locales/en.json';
import es from '../../src/i18n/locales/es.json';

const resources = { en: { translation: en }, es: { translation: es }, ar: { translation: ar } };

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** Plural keys grouped by their base key, each with the categories present. */
function shape(keys: Iterable<string>) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = PLURAL.exec(key);
    if (match === null) {
      plain.add(key);
      continue;
    }
    const base = key.slice(0, match.index);
    plurals.set(base, (plurals.get(base) ?? new Set()).add(match[1] ?? ''));
  }
  return { plain, plurals };
}

const locales = Object.entries(resources).map(([language, { translation }]) => ({
  language,
  strings: flatten(translation as unknown as Tree),
}));
const english = shape(flatten(resources.en.translation as unknown as Tree).keys());
const interpolations = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();

describe.each(locales)('the $language locale', ({ language, strings }) => {
  const { plain, plurals } = shape(strings.keys());
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has the same plain keys as English', () => {
    expect([...plain].sort()).toEqual([...english.plain].sort());
  });

  it("has the same plural keys as English, each with every one of the language's plural forms", () => {
    expect([...plurals.keys()].sort()).toEqual([...english.plurals.keys()].sort());
    for (const [base, forms] of plurals) {
      // i18next also looks up an explicit "_zero" in any language; it may be there beyond the rules.
      const required = new Set<string>(categories);
      const extra = [...forms].filter((form) => !required.has(form) && form !== 'zero');
      expect({ base, missing: [...required].filter((form) => !forms.has(form)), extra }).toEqual({
        base,
        missing: [],
        extra: [],
      });
    }
  });

  it('leaves no string empty and has exactly the {{placeholders}} of English', () => {
    const englishStrings = flatten(resources.en.translation as unknown as Tree);
    for (const [key, text] of strings) {
      expect(text.trim(), key).not.toBe('');
      const base = key.replace(PLURAL, '');
      const source = englishStrings.get(key) ?? englishStrings.get(`${base}_other`) ?? '';
      // The number itself may be in the word: Arabic writes "one question" and "two questions" with
      // no digits, so the zero, one and two forms may leave a placeholder out; no other form may.
      const numberInWord = /_(zero|one|two)$/.test(key);
      const wanted = numberInWord ? [] : interpolations(source);
      for (const name of wanted) expect(interpolations(text), `${language} ${key}`).toContain(name);
      // …and no other: a value the code does not pass would reach the screen as "{{name}}".
      for (const name of interpolations(text))
        expect(interpolations(source), `${language} ${key}`).toContain(name);
    }
  });
});

describe('the translations', () => {
  it('are translations: most strings differ from English', () => {
    const englishStrings = flatten(resources.en.translation as unknown as Tree);
    for (const { language, strings } of locales.filter((locale) => locale.language !== 'en')) {
      const same = [...strings].filter(([key, text]) => englishStrings.get(key) === text);
      expect(same.length / strings.size, language).toBeLessThan(0.1);
    }
  });
});

describe('translation keys', () => {
  it('are typed by the English locale: a misspelt key fails the typecheck', () => {
    const i18n = createI18n('en');
    expect(i18n.t('app.name')).toBe('Open Caption Reader');
    // @ts-expect-error: "app.nmae" is not a key of en.json (`npm run typecheck` fails if this typechecks)
    expect(i18n.t('app.nmae')).toBe('app.nmae');
  });
});
