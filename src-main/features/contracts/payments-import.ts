import type { ImportResult, UnmatchedRow } from '../../../src-shared/contract/contracts-models';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { paymentImports, payments } from './schema';
import type { StatementRow } from './statement';
import { numbersInPurpose } from './statement';

/**
 * Matches statement rows to contracts and writes the payments in one command: by the contract number
 * (its column, else a number named in the purpose), else by PINFL to the student's one active contract of
 * the academic year the payment falls in. What fits nothing, or more than one contract, is reported with the
 * reason and not written. A row already imported (same bank document, date, amount and contract, the
 * table's unique key) is skipped and counted, so a statement imported twice adds nothing.
 *
 * Statements hold hundreds to a few thousand rows: matching is a few indexed lookups a row, well under a
 * second, so the import runs as one command (all or nothing) rather than a cancellable job.
 */

interface ContractKey {
  id: string;
  studentId: string;
  status: string;
}

const yearOf = (iso: string) => {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const start = m >= 9 ? y : y - 1;
  return `${start}-${start + 1}`;
};

type Match = { contract: ContractKey; by: 'contractNumber' | 'pinfl' } | { reason: UnmatchedRow['reason'] };

function matcher(db: Sqlite) {
  const byNumber = db.prepare('select id, student_id as studentId, status from contracts where number = ?');
  const byPinfl = db.prepare('select id from students where pinfl = ?');
  const activeOf = db.prepare(
    `select id, student_id as studentId, status from contracts
      where student_id = ? and education_year = ? and status = 'active'`,
  );
  return (r: StatementRow): Match => {
    const numbers = r.contractNumber ? [r.contractNumber] : numbersInPurpose(r.purpose);
    const found = numbers.map((n) => byNumber.get(n) as ContractKey | undefined).filter((c) => c !== undefined);
    const active = found.filter((c) => c.status === 'active');
    if (active.length === 1) return { contract: active[0]!, by: 'contractNumber' };
    if (active.length > 1) return { reason: 'ambiguous' };
    if (!r.pinfl) return { reason: found.length > 0 ? 'cancelled' : numbers.length > 0 ? 'noContract' : 'noKey' };
    const students = byPinfl.all(r.pinfl) as { id: string }[];
    if (students.length === 0) return { reason: 'pinflUnknown' };
    const candidates = students.flatMap((s) => activeOf.all(s.id, yearOf(r.paidOn)) as ContractKey[]);
    if (candidates.length === 1) return { contract: candidates[0]!, by: 'pinfl' };
    return { reason: candidates.length === 0 ? 'noActiveContract' : 'ambiguous' };
  };
}

export function importStatement(w: Writer, rows: StatementRow[], fileName: string, importedBy: string): ImportResult {
  const match = matcher(w.sqlite);
  const exists = w.sqlite.prepare(
    'select 1 from payments where bank_document = ? and paid_on = ? and amount = ? and contract_id = ?',
  );
  const importId = uuidv7(Date.parse(w.now));
  const seen = new Set<string>();
  const unmatched: UnmatchedRow[] = [];
  const toWrite: (typeof payments.$inferInsert)[] = [];
  let skipped = 0;
  for (const r of rows) {
    const m = match(r);
    if ('reason' in m) {
      unmatched.push({ ...r, reason: m.reason });
      continue;
    }
    const key = [r.bankDocument, r.paidOn, r.amount, m.contract.id].join('\u001f');
    if (seen.has(key) || exists.get(r.bankDocument, r.paidOn, r.amount, m.contract.id)) {
      skipped++;
      continue;
    }
    seen.add(key);
    toWrite.push({
      id: uuidv7(Date.parse(w.now)),
      importId,
      contractId: m.contract.id,
      studentId: m.contract.studentId,
      paidOn: r.paidOn,
      amount: r.amount,
      bankDocument: r.bankDocument,
      payerName: r.payerName,
      purpose: r.purpose,
      matchedBy: m.by,
      createdAt: w.now,
    });
  }
  const amountMatched = toWrite.reduce((s, p) => s + p.amount, 0);
  w.insert(paymentImports, {
    id: importId,
    fileName,
    importedBy,
    importedAt: w.now,
    rowsTotal: rows.length,
    rowsMatched: toWrite.length,
    unmatched: JSON.stringify(unmatched),
    amountMatched,
  });
  w.bulkInsert(payments, toWrite);
  return { importId, fileName, rowsTotal: rows.length, matched: toWrite.length, skipped, amountMatched, unmatched };
}
