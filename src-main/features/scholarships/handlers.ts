import type { HandlersOf } from '../../backend/context';
import type { scholarshipsChannels } from '../../../src-shared/contract/scholarships';
import { draftScholarshipOrder } from './draft-order';
import { exportScholarships } from './export';
import { scholarshipPreview } from './preview';
import { saveScholarshipRules, scholarshipRules } from './rules';

/** Scholarship lists from grades and rules, and the scholarship order (issue 7). */
export const scholarshipsHandlers: HandlersOf<keyof typeof scholarshipsChannels> = {
  'scholarships.rules': (_input, ctx) => scholarshipRules(ctx.store.db),
  'scholarships.saveRules': (input, ctx) => {
    ctx.command((w) => saveScholarshipRules(w, input.rules));
    return scholarshipRules(ctx.store.db);
  },
  'scholarships.preview': (input, ctx) =>
    scholarshipPreview(ctx.store.reader, input, scholarshipRules(ctx.store.db).rules),
  'scholarships.export': (input, ctx) =>
    exportScholarships(ctx.store.reader, input, scholarshipRules(ctx.store.db).rules),
  'scholarships.draftOrder': (input, ctx) =>
    ctx.command((w) => draftScholarshipOrder(w, ctx.actor.login, input, scholarshipRules(w.db).rules)),
};
