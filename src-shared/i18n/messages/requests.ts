import { defineMessages } from '../define';

/** Requests (issue 7): errors and domain texts. */
export const requestsMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
