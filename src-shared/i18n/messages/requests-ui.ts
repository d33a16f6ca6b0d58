import { defineMessages } from '../define';

/** Requests (issue 7): screens. */
export const requestsUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
