import { defineMessages } from '../define';

/** Contracts (issue 7): errors and domain texts. */
export const contractsMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
