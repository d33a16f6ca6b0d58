import { defineMessages } from '../define';

/** Queue (issue 7): more screens. */
export const queueScreensMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
