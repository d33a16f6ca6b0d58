import { defineMessages } from '../define';

/** Scholarships (issue 7): errors and domain texts. */
export const scholarshipsMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
