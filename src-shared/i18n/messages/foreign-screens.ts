import { defineMessages } from '../define';

/** Foreign (issue 7): more screens. */
export const foreignScreensMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
