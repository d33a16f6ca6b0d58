import { defineMessages } from '../define';

/** Queue (issue 7): errors and domain texts. */
export const queueMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
