import { defineMessages } from '../define';

/** Orders (issue 6). */
export const ordersBulkMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
