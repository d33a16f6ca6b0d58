import { defineMessages } from '../define';

/** Infodesk (issue 7): errors and domain texts. */
export const infodeskMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
