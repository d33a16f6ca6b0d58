import { defineMessages } from '../define';

/** Requests (issue 7): more screens. */
export const requestsScreensMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
