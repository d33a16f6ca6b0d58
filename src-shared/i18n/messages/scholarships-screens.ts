import { defineMessages } from '../define';

/** Scholarships (issue 7): more screens. */
export const scholarshipsScreensMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
