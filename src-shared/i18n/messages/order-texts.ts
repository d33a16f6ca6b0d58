import { defineMessages } from '../define';

/** Orders (issue 6). */
export const orderTextMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
