// The translation key for each value the interface names: typed maps, not keys built from templates,
// so a new theme, mode, role or problem without its sentence fails the typecheck, and every key here
// is checked against the English locale.
import type { ParseKeys } from 'i18next';
import type { Interview } from '../interview/generated/interview';
import type { ProblemCode } from '../interview/problems';
import type { Font, LineLength, ReadingMode, Theme } from '../preferences/preferences';

/** A key of the English locale, which i18next.d.ts makes the type of every `t` call's key. */
export type TranslationKey = ParseKeys;

/** A mode's name on its button and when a change of mode is announced. */
export const MODE_LABELS = {
  original: 'modes.options.original',
  plain: 'modes.options.plain',
  both: 'modes.options.both',
} as const satisfies Record<ReadingMode, TranslationKey>;

/** A mode inside a sentence: "About 9 minutes to read in plain language". */
export const MODE_PHRASES = {
  original: 'summary.modeNames.original',
  plain: 'summary.modeNames.plain',
  both: 'summary.modeNames.both',
} as const satisfies Record<ReadingMode, TranslationKey>;

export const THEME_LABELS = {
  system: 'settings.theme.options.system',
  light: 'settings.theme.options.light',
  dark: 'settings.theme.options.dark',
  sepia: 'settings.theme.options.sepia',
  'high-contrast': 'settings.theme.options.high-contrast',
  'high-contrast-dark': 'settings.theme.options.high-contrast-dark',
} as const satisfies Record<Theme, TranslationKey>;

export const FONT_LABELS = {
  'system-sans': 'settings.font.options.system-sans',
  serif: 'settings.font.options.serif',
  'atkinson-hyperlegible': 'settings.font.options.atkinson-hyperlegible',
  opendyslexic: 'settings.font.options.opendyslexic',
} as const satisfies Record<Font, TranslationKey>;

export const LINE_LENGTH_LABELS = {
  narrow: 'settings.lineLength.options.narrow',
  medium: 'settings.lineLength.options.medium',
  wide: 'settings.lineLength.options.wide',
} as const satisfies Record<LineLength, TranslationKey>;

export const ROLE_LABELS = {
  interviewer: 'article.role.interviewer',
  interviewee: 'article.role.interviewee',
  other: 'article.role.other',
} as const satisfies Record<Interview['speakers'][number]['role'], TranslationKey>;

/** The sentence a person reads for each kind of problem in a document. */
export const PROBLEM_MESSAGES = {
  notObject: 'problem.notObject',
  invalidJson: 'problem.invalidJson',
  schemaVersion: 'problem.schemaVersion',
  required: 'problem.required',
  unknownProperty: 'problem.unknownProperty',
  type: 'problem.type',
  enum: 'problem.enum',
  empty: 'problem.empty',
  blank: 'problem.blank',
  tooLong: 'problem.tooLong',
  emptyList: 'problem.emptyList',
  tooMany: 'problem.tooMany',
  slug: 'problem.slug',
  lang: 'problem.lang',
  date: 'problem.date',
  https: 'problem.https',
  duplicateExchangeId: 'problem.duplicateExchangeId',
  duplicateSpeakerId: 'problem.duplicateSpeakerId',
  duplicateGlossaryTerm: 'problem.duplicateGlossaryTerm',
  unknownSpeaker: 'problem.unknownSpeaker',
  byteOrderMark: 'problem.byteOrderMark',
  impossibleDate: 'problem.impossibleDate',
  langNotRecognised: 'problem.langNotRecognised',
  tooDeep: 'problem.tooDeep',
  other: 'problem.other',
} as const satisfies Record<ProblemCode, TranslationKey>;
