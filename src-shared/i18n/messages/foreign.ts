import { defineMessages } from '../define';

/** Foreign (issue 7): errors and domain texts. */
export const foreignMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
