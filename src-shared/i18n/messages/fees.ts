import { defineMessages } from '../define';

/** Fees (issue 7): errors and domain texts. */
export const feesMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
