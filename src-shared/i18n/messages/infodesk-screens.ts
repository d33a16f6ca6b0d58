import { defineMessages } from '../define';

/** Infodesk (issue 7): more screens. */
export const infodeskScreensMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
