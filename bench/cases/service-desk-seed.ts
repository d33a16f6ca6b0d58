import ExcelJS from 'exceljs';
import type { Sqlite } from '../../src-main/db/connection';
import { readCalendar } from '../../src-main/features/requests/calendar';
import { uuidv7 } from '../../src-shared/domain/uuid';
import { addCalendarDays, addWorkingDays, isWorkingDay } from '../../src-shared/domain/working-days';

/** Fixture data the service-desk bench writes directly into its copy of the 100k demo (`service-desk.ts`). */

const CONTRACTS = 20_000;
const REQUESTS = 30_000;
/** What share of the contract amount a statement row pays: some students fall behind the schedule. */
const PAID_SHARES = [0.1, 0.25, 0.5, 1];
const BY = 'cli:bench';
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A small seeded generator (mulberry32): the same fixture every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface SeededContract {
  number: string;
  pinfl: string;
  amount: number;
}

/**
 * Two-party contracts for studying students who have none, with unique PINFLs (contract-paying students
 * first), written directly as fixture data: each copies the calculation, schedule and tariff of a contract
 * the demo computed, so the balances work as for a contract drawn at the counter.
 */
export function seedContracts(
  w: Sqlite,
  educationYear: string,
): { contracts: SeededContract[]; templateStudent: string } {
  const template = w
    .prepare(
      `select student_id as studentId, amount, calculation, schedule, tariff_table_id as tariffTableId,
              tariff_version as tariffVersion
         from contracts where kind = 'twoParty' and status = 'active' and education_year = ? order by number limit 1`,
    )
    .get(educationYear) as
    | {
        studentId: string;
        amount: number;
        calculation: string;
        schedule: string;
        tariffTableId: string;
        tariffVersion: string;
      }
    | undefined;
  if (!template) throw new Error(`the demo wrote no two-party contract of ${educationYear} to copy`);
  const students = w
    .prepare(
      `select st.id, st.pinfl from students st
        where st.status = '11' and length(st.pinfl) = 14
          and not exists (select 1 from contracts c where c.student_id = st.id)
          and st.pinfl in (select pinfl from students where pinfl is not null group by pinfl having count(*) = 1)
        order by st.payment_form = '12' desc, st.id limit ?`,
    )
    .all(CONTRACTS) as { id: string; pinfl: string }[];
  const start = educationYear.slice(0, 4);
  const insert = w.prepare(
    `insert into contracts (id, student_id, kind, education_year, number, contract_date, amount, calculation,
        tariff_table_id, tariff_version, payer_name, schedule, status, created_by, created_at)
      values (?, ?, 'twoParty', ?, ?, ?, ?, ?, ?, ?, '', ?, 'active', ?, ?)`,
  );
  const now = new Date().toISOString();
  const contracts: SeededContract[] = [];
  w.transaction(() => {
    students.forEach((s, i) => {
      const number = `BEN-${i + 1}/${start}`;
      insert.run(
        uuidv7(),
        s.id,
        educationYear,
        number,
        `${start}-09-${pad2(1 + (i % 20))}`,
        template.amount,
        template.calculation,
        template.tariffTableId,
        template.tariffVersion,
        template.schedule,
        BY,
        now,
      );
      contracts.push({ number, pinfl: s.pinfl, amount: template.amount });
    });
  })();
  return { contracts, templateStudent: template.studentId };
}

/**
 * A bank statement paying every seeded contract once: half the rows name the contract in its column, a
 * quarter give only the PINFL, a quarter name the contract in the purpose text; one row in 200 names a
 * contract or a PINFL that does not exist.
 */
export async function statement(contracts: SeededContract[], start: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Koʻchirma');
  ws.addRow([`Bank koʻchirmasi 01.10.${start} – 28.10.${start}`]);
  ws.addRow(['Sana', 'Hujjat raqami', 'Summa', 'Toʻlovchi', 'Toʻlov maqsadi', 'Shartnoma raqami', 'JShShIR']);
  contracts.forEach((c, i) => {
    const share = PAID_SHARES[Math.floor(i / 4) % PAID_SHARES.length] as number;
    let purpose = 'Kontrakt toʻlovi';
    let number = '';
    let pinfl = '';
    if (i % 400 === 3) purpose = `Shartnoma № BEN-${CONTRACTS * 10 + i}/${start} boʻyicha kontrakt toʻlovi`;
    else if (i % 400 === 2) pinfl = '99999999999999';
    else if (i % 4 < 2) number = c.number;
    else if (i % 4 === 2) pinfl = c.pinfl;
    else purpose = `Shartnoma № ${c.number} boʻyicha kontrakt toʻlovi`;
    ws.addRow([
      `${pad2(1 + (i % 28))}.10.${start}`,
      `PD-${100_000 + i}`,
      Math.max(1000, Math.round(c.amount * share)),
      'Ota-onasi (qonuniy vakili)',
      purpose,
      number,
      pinfl,
    ]);
  });
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/**
 * Requests of the last five months, written directly: most closed, those still due open, about one in ten of
 * the past-due ones still awaiting work (overdue), a tenth for visitors.
 */
export function seedRequests(w: Sqlite, today: string, assignees: string[]): void {
  const { calendar } = readCalendar(w, today);
  const types = w.prepare('select id, deadline_days as days from request_types where active = 1').all() as {
    id: string;
    days: number;
  }[];
  const students = (
    w.prepare(`select id from students where status = '11' order by id limit 20000`).all() as { id: string }[]
  ).map((s) => s.id);
  const rnd = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)] as T;
  const lastSeq = w.prepare('select max(seq) as n from requests where year = ?');
  const seqs = new Map<number, number>();
  const insert = w.prepare(
    `insert into requests (id, number, year, seq, type_id, student_id, visitor_name, visitor_phone, status,
        assignee_id, received_at, received_on, due_on, reject_reason, ready_at, closed_at, created_by, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = w.prepare(
    `insert into request_events (id, request_id, at, user_id, kind, to_status) values (?, ?, ?, ?, 'created', 'new')`,
  );
  const now = new Date().toISOString();
  const clamp = (at: string) => (at < now ? at : now);
  w.transaction(() => {
    for (let i = 0; i < REQUESTS; i++) {
      const type = pick(types);
      let received = addCalendarDays(today, -Math.floor(rnd() * 150));
      while (!isWorkingDay(received, calendar)) received = addCalendarDays(received, -1);
      const dueOn = addWorkingDays(received, type.days, calendar);
      const r = rnd();
      const status =
        dueOn >= today
          ? r < 0.4
            ? 'new'
            : r < 0.8
              ? 'inProgress'
              : 'ready'
          : r < 0.75
            ? 'handedOver'
            : r < 0.82
              ? 'rejected'
              : r < 0.9
                ? 'ready'
                : r < 0.95
                  ? 'new'
                  : 'inProgress';
      const year = Number(received.slice(0, 4));
      const seq = (seqs.get(year) ?? (lastSeq.get(year) as { n: number | null }).n ?? 0) + 1;
      seqs.set(year, seq);
      const receivedAt = `${received}T0${4 + Math.floor(rnd() * 6)}:${pad2(Math.floor(rnd() * 60))}:00.000Z`;
      const readyAt =
        status === 'ready' || status === 'handedOver' ? clamp(`${addCalendarDays(received, 1)}T09:00:00.000Z`) : null;
      const closedAt =
        status === 'handedOver' || status === 'rejected'
          ? clamp(`${addCalendarDays(received, 2)}T10:00:00.000Z`)
          : null;
      const visitor = rnd() < 0.1;
      const id = uuidv7(Date.parse(receivedAt));
      insert.run(
        id,
        `A-${year}/${seq}`,
        year,
        seq,
        type.id,
        visitor ? null : pick(students),
        visitor ? `Mehmon Fuqaro ${i}` : '',
        visitor ? `+998 90 ${String(1_000_000 + i).slice(1)}` : '',
        status,
        status === 'new' && rnd() < 0.3 ? null : pick(assignees),
        receivedAt,
        received,
        dueOn,
        status === 'rejected' ? 'Hujjatlar toʻliq emas' : null,
        readyAt,
        closedAt,
        BY,
        closedAt ?? readyAt ?? receivedAt,
      );
      event.run(uuidv7(Date.parse(receivedAt)), id, receivedAt, BY);
    }
  })();
}
