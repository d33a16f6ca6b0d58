import type { HandlersOf } from '../../../backend/context';

/** Handlers of the office-owned templates' channels (`src-shared/contract/document-templates.ts`). */
export const documentTemplateHandlers: HandlersOf<never> = {};
