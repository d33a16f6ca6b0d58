import { defineMessages } from '../define';

/** Queue (issue 7): screens. */
export const queueUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
