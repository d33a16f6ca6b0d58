import { defineMessages } from '../define';

/** Infodesk (issue 7): screens. */
export const infodeskUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
