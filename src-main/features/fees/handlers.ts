import type { HandlersOf } from '../../backend/context';
import type { feesChannels } from '../../../src-shared/contract/fees';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { educationYearOf, tariffProblems } from '../../../src-shared/domain/fees-tariff';
import { AppError } from '../../../src-shared/errors';
import type { Clock } from '../../db/store';
import { calculateContractFor, calculateRestudyFor } from './calculate';
import { studentDebts, studentFacts } from './student-facts';
import { mergeRows, readTariffSheet } from './tariff-import';
import { createDraft, deleteDraft, listTariffs, publish, replaceRows, saveDraft, tariffDetail } from './tariffs';

/** The academic year of today in Tashkent: what a calculation without a year is for. */
function currentYear(clock: Clock): string {
  return educationYearOf(tashkentMoment(clock.now()).date);
}

/** Tariff tables by academic year and the contract and re-study calculators (issue 7). */
export const feesHandlers: HandlersOf<keyof typeof feesChannels> = {
  'fees.tariffs': (input, ctx) => listTariffs(ctx.store.reader, input.educationYear),
  'fees.tariff': (input, ctx) => tariffDetail(ctx.store.reader, input.id),
  'fees.createDraft': (input, ctx) =>
    ctx.command((w) => tariffDetail(w.sqlite, createDraft(w, ctx.actor.login, input))),
  'fees.saveDraft': (input, ctx) =>
    ctx.command((w) => {
      saveDraft(w, input);
      return tariffDetail(w.sqlite, input.id);
    }),
  'fees.publish': (input, ctx) =>
    ctx.command((w) => {
      publish(w, ctx.actor.login, input.id);
      return tariffDetail(w.sqlite, input.id);
    }),
  'fees.deleteDraft': (input, ctx) =>
    ctx.command((w) => {
      deleteDraft(w, input.id);
      return { ok: true as const };
    }),
  'fees.importRows': async (input, ctx) => {
    const before = tariffDetail(ctx.store.reader, input.id);
    if (before.status !== 'draft')
      throw new AppError('CONFLICT', 'fees.error.published', 'A published tariff is never edited', {
        params: { label: before.label },
      });
    const imported = await readTariffSheet(Buffer.from(input.data, 'base64'), input.fileName);
    return ctx.command((w) => {
      const current = tariffDetail(w.sqlite, input.id);
      const rows = mergeRows(current.rows, imported);
      const problems = tariffProblems(
        {
          mode: current.mode,
          bhm: current.bhm,
          monthlyStipend: current.monthlyStipend,
          contractTypeCoefficients: current.contractTypeCoefficients,
          discounts: current.discounts,
          rows,
        },
        { forPublish: false },
      );
      if (problems.length > 0)
        throw new AppError('VALIDATION', 'fees.error.tariffInvalid', 'Some imported values are wrong', {
          details: { issues: problems },
        });
      replaceRows(w, input.id, rows);
      return { ...tariffDetail(w.sqlite, input.id), imported: imported.length };
    });
  },
  'fees.studentFacts': (input, ctx) => studentFacts(ctx.store.reader, input.id),
  'fees.calculateContract': (input, ctx) =>
    calculateContractFor(ctx.store.reader, input, input.educationYear ?? currentYear(ctx.clock)),
  'fees.restudyDebts': (input, ctx) => ({
    facts: studentFacts(ctx.store.reader, input.id),
    items: studentDebts(ctx.store.reader, input.id),
  }),
  'fees.calculateRestudy': (input, ctx) =>
    calculateRestudyFor(ctx.store.reader, input, input.educationYear ?? currentYear(ctx.clock)),
};
