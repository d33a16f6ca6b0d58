import { defineMessages } from '../define';

/** Placeholder set; the renderer's feature sets replace it. */
export const uiMessages = defineMessages({
  'uz-Latn': { 'app.title': 'Registrator' },
  'uz-Cyrl': { 'app.title': 'Регистратор' },
  ru: { 'app.title': 'Регистратор' },
  en: { 'app.title': 'Registrator' },
});
