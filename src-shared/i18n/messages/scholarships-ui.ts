import { defineMessages } from '../define';

/** Scholarships (issue 7): screens. */
export const scholarshipsUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
