import { defineMessages } from '../define';

/** The reusable "export this list to .xlsx" button (src-renderer/ui/ExportButton.tsx). */
export const exportMessages = defineMessages({
  'uz-Latn': {
    'export.xlsx': 'Excel faylga eksport',
  },
  'uz-Cyrl': {
    'export.xlsx': 'Эксел файлга экспорт',
  },
  ru: {
    'export.xlsx': 'Экспорт в Excel',
  },
  en: {
    'export.xlsx': 'Export to Excel',
  },
});
