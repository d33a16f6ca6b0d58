import { defineMessages } from '../define';

/** Contracts (issue 7): screens. */
export const contractsUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
