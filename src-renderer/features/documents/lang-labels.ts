import type { Locale } from '../../../src-shared/contract/common';

/** Each language by its own name (endonyms are the same in every interface language). */
export const LANG_LABEL: Record<Locale, string> = {
  'uz-Latn': 'Oʻzbekcha',
  'uz-Cyrl': 'Ўзбекча',
  ru: 'Русский',
  en: 'English',
};
