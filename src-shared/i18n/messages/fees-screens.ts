import { defineMessages } from '../define';

/** Fees (issue 7): more screens. */
export const feesScreensMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
