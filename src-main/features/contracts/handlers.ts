import type { HandlersOf } from '../../backend/context';
import type { contractsChannels } from '../../../src-shared/contract/contracts';
import type { ImportResult, UnmatchedRow } from '../../../src-shared/contract/contracts-models';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { defaultLang, documentType } from '../../../src-shared/domain/documents/catalog';
import type { ContractDocExtra } from '../../../src-shared/domain/documents/payment-contract-parts';
import { AppError } from '../../../src-shared/errors';
import { readInstitution } from '../institution/handlers';
import { documentSource } from '../documents/source';
import { renderHtml } from '../documents/render/html';
import { readBankDetails, saveBankDetails } from './bank-details';
import { contractDetail, debtors, listContracts, studentBalance } from './balance';
import { cancelContract, documentTypeOf, drawContract } from './draw';
import { importStatement } from './payments-import';
import { readStatement } from './statement';
import { computeContract, studentDebtSubjects } from './terms';

const todayOf = (now: Date) => tashkentMoment(now).date;

/** Payment and re-study contracts, payment schedules, bank statement imports, balances (issue 7). */
export const contractsHandlers: HandlersOf<keyof typeof contractsChannels> = {
  'contracts.calculate': (input, ctx) => {
    const now = ctx.clock.now();
    const today = todayOf(now);
    const db = ctx.store.db;
    const { calculation, schedule } = computeContract(db, input, today);
    // The page as it would print, from the same builder as the issued one, without a number.
    const type = documentTypeOf(input.kind);
    const source = documentSource(db, input.studentId, now);
    const extra: ContractDocExtra = {
      contractId: '',
      kind: input.kind,
      contractDate: today,
      calculation,
      schedule,
      stir: readInstitution(db).stir,
      bankDetails: readBankDetails(db),
    };
    source.extra = extra;
    const def = documentType(type);
    const snapshot = def.build(source, defaultLang(type, input.lang));
    const model = def.layout(snapshot, {
      registerNumber: null,
      issuedOn: today,
      qr: null,
      logo: source.institution.logo,
    });
    return { calculation, schedule, html: renderHtml(model) };
  },

  'contracts.bankDetails': (_input, ctx) => ({ lines: readBankDetails(ctx.store.db) }),
  'contracts.saveBankDetails': (input, ctx) => ({ lines: ctx.command((w) => saveBankDetails(w, input.lines)) }),

  'contracts.debtSubjects': (input, ctx) => studentDebtSubjects(ctx.store.reader, input.studentId),

  'contracts.draw': (input, ctx) => {
    const today = todayOf(ctx.clock.now());
    const issuer = { userId: ctx.session?.userId ?? null, role: ctx.session?.role ?? null };
    const { contractId, document } = ctx.command((w) => drawContract(w, ctx.secretStore, issuer, input, today));
    return { contract: contractDetail(ctx.store.reader, contractId, today), document };
  },

  'contracts.cancel': (input, ctx) => {
    ctx.command((w) => cancelContract(w, ctx.session?.userId ?? null, input.id, input.reason));
    return contractDetail(ctx.store.reader, input.id, todayOf(ctx.clock.now()));
  },

  'contracts.list': (input, ctx) => listContracts(ctx.store.reader, input, todayOf(ctx.clock.now())),

  'contracts.get': (input, ctx) => contractDetail(ctx.store.reader, input.id, todayOf(ctx.clock.now())),

  'contracts.studentBalance': (input, ctx) =>
    studentBalance(ctx.store.reader, input.studentId, todayOf(ctx.clock.now())),

  'contracts.debtors': (input, ctx) => debtors(ctx.store.reader, input, todayOf(ctx.clock.now())),

  'contracts.importPayments': async (input, ctx) => {
    const { rows, issues } = await readStatement(Buffer.from(input.data, 'base64'), input.fileName);
    if (issues.length > 0)
      throw new AppError('VALIDATION', 'error.contracts.importBadRows', `${issues.length} bad rows`, {
        details: { issues },
      });
    return ctx.command((w) => importStatement(w, rows, input.fileName, ctx.session?.userId ?? 'system'));
  },

  'contracts.imports': (input, ctx) => {
    const db = ctx.store.reader;
    const total = (db.prepare('select count(*) as n from payment_imports').get() as { n: number }).n;
    const rows = db
      .prepare(
        `select i.id as importId, i.file_name as fileName, i.rows_total as rowsTotal, i.rows_matched as matched,
                i.amount_matched as amountMatched, i.unmatched, i.imported_at as importedAt,
                coalesce(u.full_name, i.imported_by) as importedBy
           from payment_imports i left join users u on u.id = i.imported_by
          order by i.imported_at desc limit ? offset ?`,
      )
      .all(input.limit, input.offset) as (Omit<ImportResult, 'unmatched' | 'skipped'> & {
      unmatched: string;
      importedAt: string;
      importedBy: string;
    })[];
    return { total, items: rows.map((r) => ({ ...r, unmatched: JSON.parse(r.unmatched) as UnmatchedRow[] })) };
  },
};
