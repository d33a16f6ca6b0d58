import { defineMessages } from '../define';

/** Orders (issue 6): the promotion/graduation, graduates, statistics and clause library screens. */
export const ordersBulkUiMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
