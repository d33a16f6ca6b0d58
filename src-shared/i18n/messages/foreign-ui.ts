import { defineMessages } from '../define';

/** Foreign (issue 7): screens. */
export const foreignUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
