import { defineMessages } from '../define';

/** Academic records (append-only), transcripts, GPA, debts, debtors and rankings, HEMIS GPA comparison (issue 4). */
export const gradesMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
