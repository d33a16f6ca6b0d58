import { defineMessages } from '../define';

/** The office-owned templates screen (upload, preview, activate, versions) and its errors. */
export const documentTemplateMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
