import { formatRegisterNumber } from '../../../src-shared/domain/documents/register-number';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import type { DemoContext } from '../demo/service-desk';
import { registerFormatOf } from '../documents/register';
import { documentJournals } from '../documents/schema';
import { balanceOf } from './balance';
import { contracts, paymentImports, payments } from './schema';
import { computeContract, currentEducationYear } from './terms';

/**
 * The contracts part of the demo (issue 7), after the fees demo published the tariffs: a tuition contract
 * for up to 300 contract-paying students (`payment_form` 12) who study now, computed with the tariff in force
 * exactly as the counter would, and one bank statement paying most of them: about 60 % paid what the schedule
 * asks by today (some the whole year), 25 % part of it, 15 % nothing — the debtors list and the holds have
 * people in them.
 *
 * The demo has no signing key (the key lives in the workstation's secret store, which the generator does not
 * open), so these contracts have no printed document; their numbers come from the payment contract journal,
 * which is moved on so the first contract drawn at the counter continues the sequence instead of colliding.
 */

const LIMIT = 300;
const PAYER = 'Ota-onasi (qonuniy vakili)';

/** A stable number in [0, 1) from the seed and a key. */
function share(seed: number, key: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  return h / 2 ** 32;
}

export function writeDemoContracts(w: Writer, ctx: DemoContext): void {
  const educationYear = currentEducationYear(w.sqlite, ctx.today);
  const start = Number(educationYear.slice(0, 4));
  const students = w.sqlite
    .prepare(
      `select id, citizenship from students
        where status = '11' and payment_form = '12' and specialty_id is not null and education_form is not null
        order by id limit ?`,
    )
    .all(LIMIT) as { id: string; citizenship: string }[];
  const year = Number(ctx.today.slice(0, 4));
  const format = registerFormatOf(w.db, 'payment-contract');
  const journalId = `payment-contract:${year}`;
  let seq = w.get(documentJournals, journalId)?.lastSeq ?? 0;
  const importId = uuidv7();
  const paid: (typeof payments.$inferInsert)[] = [];
  for (const s of students) {
    const kind =
      s.citizenship === '12' ? 'foreign' : share(ctx.seed, `kind:${s.id}`) < 0.15 ? 'threeParty' : 'twoParty';
    let computed: ReturnType<typeof computeContract>;
    try {
      computed = computeContract(
        w.db,
        {
          studentId: s.id,
          kind,
          educationYear,
          contractType: '11',
          summaType: '12',
          discountPercent: share(ctx.seed, `discount:${s.id}`) < 0.05 ? 10 : 0,
          months: 12,
          payerName: kind === 'threeParty' ? PAYER : '',
          payerDetails: '',
          lang: 'uz-Latn',
        },
        ctx.today,
      );
    } catch {
      continue; // a specialty × form the demo tariff does not price
    }
    const { calculation, schedule } = computed;
    seq += 1;
    const id = uuidv7();
    const number = formatRegisterNumber(format, { seq, year });
    const signedOn = `${start}-09-${String(1 + Math.floor(share(ctx.seed, `day:${s.id}`) * 20)).padStart(2, '0')}`;
    w.insert(contracts, {
      id,
      studentId: s.id,
      kind,
      educationYear,
      number,
      contractDate: signedOn < ctx.today ? signedOn : ctx.today,
      amount: calculation.amount,
      calculation: JSON.stringify(calculation),
      tariffTableId: calculation.tariffTableId,
      tariffVersion: calculation.tariffLabel,
      payerName: calculation.payer?.name ?? '',
      schedule: JSON.stringify(schedule),
      status: 'active',
      createdBy: ctx.login,
      createdAt: w.now,
    });
    const due = balanceOf(schedule, calculation.amount, 0, ctx.today).requiredByToday;
    const r = share(ctx.seed, `pay:${s.id}`);
    const amount = r < 0.15 ? 0 : r < 0.4 ? Math.floor(due / 2) : r < 0.85 ? due : calculation.amount;
    if (amount > 0)
      paid.push({
        id: uuidv7(),
        importId,
        contractId: id,
        studentId: s.id,
        paidOn: ctx.today,
        amount,
        bankDocument: String(100_000 + seq),
        payerName: calculation.payer?.name ?? '',
        purpose: `Shartnoma № ${number} boʻyicha kontrakt toʻlovi`,
        matchedBy: 'contractNumber',
        createdAt: w.now,
      });
  }
  if (seq > 0) {
    if (w.get(documentJournals, journalId)) w.update(documentJournals, journalId, { lastSeq: seq });
    else w.insert(documentJournals, { id: journalId, type: 'payment-contract', year, lastSeq: seq });
  }
  if (paid.length === 0) return;
  w.insert(paymentImports, {
    id: importId,
    fileName: 'demo-bank-statement.xlsx',
    importedBy: ctx.login,
    importedAt: w.now,
    rowsTotal: paid.length,
    rowsMatched: paid.length,
    amountMatched: paid.reduce((sum, p) => sum + p.amount, 0),
  });
  w.bulkInsert(payments, paid);
}
