import { defineMessages } from '../define';

/** Orders (issue 6). */
export const ordersUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
