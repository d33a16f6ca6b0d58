import { defineMessages } from '../define';

/** Fees (issue 7): screens. */
export const feesUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
