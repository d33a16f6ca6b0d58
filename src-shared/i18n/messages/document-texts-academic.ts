import { defineMessages } from '../define';

/** Words printed on the academic documents (transcript, GPA certificate, summons, ID card, dormitory, exam list). */
export const documentTextAcademicMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});
