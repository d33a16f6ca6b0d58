import { defineMessages } from '../define';

/** Contracts (issue 7): more screens. */
export const contractsScreensMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
