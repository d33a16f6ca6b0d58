import { cpSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createBackend, type Backend } from '../../src-main/backend/create-backend';
import { silentLogger } from '../../src-main/backend/logger';
import type { Sqlite } from '../../src-main/db/connection';
import { currentEducationYear } from '../../src-main/features/contracts/terms';
import { DEMO_ARTICLES } from '../../src-main/features/infodesk/demo-articles';
import { tashkentMoment } from '../../src-shared/domain/attendance-timetable';
import { demo100kDatabase } from './demo';
import { seedContracts, seedRequests, statement } from './service-desk-seed';
import { median, type BenchCase } from './types';

const QUEUE_CYCLES = 300;
const ARTICLES = 2_000;

type Call = <T>(channel: string, input: unknown) => Promise<T>;
type Figures = Record<string, number>;

function caller(backend: Backend, token: string): Call {
  return async <T>(channel: string, input: unknown) => {
    const res = await backend.dispatch(channel as never, input as never, token);
    if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
    return res.data as T;
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

/** The last answer and the median time of `runs` calls. */
async function medianOf<T>(runs: number, fn: () => Promise<T>): Promise<[T, number]> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const [v, ms] = await timed(fn);
    value = v;
    times.push(ms);
  }
  return [value as T, median(times)];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

interface ImportResult {
  rowsTotal: number;
  matched: number;
  skipped: number;
  unmatched: { reason: string }[];
}

async function paymentsAndDebts(call: Call, w: Sqlite, log: (m: string) => void): Promise<[Figures, string]> {
  const today = tashkentMoment(new Date()).date;
  const educationYear = currentEducationYear(w, today);
  const { contracts, templateStudent } = seedContracts(w, educationYear);
  const data = await statement(contracts, educationYear.slice(0, 4));
  log(
    `${contracts.length} contracts of ${educationYear} seeded; statement ${(Buffer.byteLength(data, 'base64') / 1024).toFixed(0)} KB`,
  );
  const input = { fileName: 'bench-statement.xlsx', data };
  const [first, importMs] = await timed(() => call<ImportResult>('contracts.importPayments', input));
  const reasons = new Map<string, number>();
  for (const u of first.unmatched) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const rowsPerSec = Math.round(first.rowsTotal / (importMs / 1000));
  log(
    `import ${first.rowsTotal} rows: ${importMs.toFixed(0)} ms (${rowsPerSec} rows/s), matched ${first.matched}, ` +
      `unmatched ${first.unmatched.length} (${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')})`,
  );
  const [again, reimportMs] = await timed(() => call<ImportResult>('contracts.importPayments', input));
  log(`re-import: ${reimportMs.toFixed(0)} ms, matched ${again.matched}, skipped ${again.skipped}`);
  const [debtors, debtorsMs] = await medianOf(3, () =>
    call<{ total: number; debtSum: number }>('contracts.debtors', {}),
  );
  const [list, listMs] = await medianOf(3, () => call<{ total: number }>('contracts.list', { debt: true }));
  log(
    `debtors (whole institution): ${debtors.total}, ${debtorsMs.toFixed(0)} ms; ` +
      `contracts.list debt page 1 of ${list.total}: ${listMs.toFixed(0)} ms`,
  );
  return [
    {
      'desk.payments_import_rows': first.rowsTotal,
      'desk.payments_import_ms': Math.round(importMs),
      'desk.payments_import_rows_per_s': rowsPerSec,
      'desk.payments_matched': first.matched,
      'desk.payments_unmatched': first.unmatched.length,
      'desk.payments_reimport_ms': Math.round(reimportMs),
      'desk.payments_reimport_skipped': again.skipped,
      'desk.contracts_debtors_ms': Math.round(debtorsMs),
      'desk.contracts_debtors_total': debtors.total,
      'desk.contracts_list_debt_ms': Math.round(listMs),
    },
    templateStudent,
  ];
}

/** Users who work requests (the demo has none but whoever ran it). */
async function clerks(call: Call, w: Sqlite): Promise<string[]> {
  const ids = () =>
    (
      w
        .prepare(`select id from users where active = 1 and role in ('front_office', 'back_office') order by login`)
        .all() as { id: string }[]
    ).map((u) => u.id);
  for (let k = ids().length; k < 6; k++) {
    await call('users.create', {
      login: `bench.clerk${k + 1}`,
      fullName: `Bench Xodim ${k + 1}`,
      role: k % 2 === 0 ? 'front_office' : 'back_office',
      password: 'bench-password-123',
    });
  }
  return ids();
}

async function requestLists(call: Call, w: Sqlite, log: (m: string) => void): Promise<Figures> {
  const today = tashkentMoment(new Date()).date;
  if ((w.prepare('select count(*) as n from request_types where active = 1').get() as { n: number }).n === 0)
    await call('requests.restoreTypes', {});
  const assignees = await clerks(call, w);
  seedRequests(w, today, assignees);
  const name = w
    .prepare(
      `select s.last_name_lat || ' ' || s.first_name_lat as name from requests r join students s on s.id = r.student_id
        order by r.id limit 1 offset 100`,
    )
    .pluck()
    .get() as string;
  type Page = { total: number };
  const cases: [string, Record<string, unknown>][] = [
    ['all', {}],
    ['overdue', { overdue: true }],
    ['assignee', { assigneeId: assignees[0] }],
    ['search', { search: name }],
  ];
  const figures: Figures = {};
  const parts: string[] = [];
  for (const [key, filter] of cases) {
    const [page, ms] = await medianOf(5, () => call<Page>('requests.list', filter));
    figures[`desk.requests_list_${key}_ms`] = round(ms);
    parts.push(`${key} ${ms.toFixed(1)} ms (${page.total})`);
  }
  const total = (w.prepare('select count(*) as n from requests').get() as { n: number }).n;
  log(`requests.list over ${total} requests: ${parts.join(', ')}; searched "${name}"`);
  const [file, exportMs] = await timed(() =>
    call<{ data: string }>('requests.export', { overdue: true, lang: 'uz-Latn' }),
  );
  log(
    `export of the overdue ones: ${exportMs.toFixed(0)} ms, ${(Buffer.byteLength(file.data, 'base64') / 1024).toFixed(0)} KB`,
  );
  figures['desk.requests_total'] = total;
  figures['desk.requests_export_overdue_ms'] = Math.round(exportMs);
  return figures;
}

type Ticket = { id: string; label: string } | null;

async function queueCycles(call: Call, log: (m: string) => void): Promise<Figures> {
  const settings = await call<{
    services: { id: string; active: boolean }[];
    windows: { id: string; label: string; active: boolean; serviceIds: string[] }[];
  }>('queue.settings', {});
  const window = settings.windows.find((x) => x.active);
  if (!window) throw new Error('the demo has no open queue window');
  const active = settings.services.filter((s) => s.active).map((s) => s.id);
  const serviceId = window.serviceIds.length > 0 ? window.serviceIds.find((id) => active.includes(id)) : active[0];
  if (!serviceId) throw new Error('the demo has no queue service');
  // Close what the window has and serve whoever the demo left waiting: each cycle then calls its own ticket.
  const desk = await call<{ day: string; current: Ticket }>('queue.desk', { windowId: window.id });
  if (desk.current) await call('queue.finish', { id: desk.current.id });
  for (;;) {
    const { ticket } = await call<{ ticket: Ticket }>('queue.callNext', { windowId: window.id });
    if (!ticket) break;
    await call('queue.finish', { id: ticket.id });
  }
  const issue: number[] = [];
  const callNext: number[] = [];
  const finish: number[] = [];
  for (let i = 0; i < QUEUE_CYCLES; i++) {
    const [issued, a] = await timed(() => call<{ ticket: Ticket }>('queue.issue', { serviceId }));
    const [called, b] = await timed(() => call<{ ticket: Ticket }>('queue.callNext', { windowId: window.id }));
    if (called.ticket?.id !== issued.ticket?.id) throw new Error('the window called another ticket than issued');
    const [, c] = await timed(() => call('queue.finish', { id: called.ticket!.id }));
    issue.push(a);
    callNext.push(b);
    finish.push(c);
  }
  const [, boardMs] = await medianOf(5, () => call('queue.board', {}));
  const [stats, statsMs] = await medianOf(5, () =>
    call<{ total: { issued: number; served: number } }>('queue.stats', { day: desk.day }),
  );
  log(
    `${QUEUE_CYCLES} cycles at window ${window.label}: issue ${median(issue).toFixed(2)} ms, call ` +
      `${median(callNext).toFixed(2)} ms, finish ${median(finish).toFixed(2)} ms; board ${boardMs.toFixed(1)} ms, ` +
      `stats ${statsMs.toFixed(1)} ms (${stats.total.issued} issued, ${stats.total.served} served today)`,
  );
  return {
    'desk.queue_issue_ms': round(median(issue)),
    'desk.queue_call_ms': round(median(callNext)),
    'desk.queue_finish_ms': round(median(finish)),
    'desk.queue_board_ms': round(boardMs),
    'desk.queue_stats_ms': round(statsMs),
  };
}

const QUERIES = ['kutubxona', "o'qish", 'grant', 'yotoqxona ijara', 'кутубхона', 'xalqaro dastur'];

/** Articles saved through the channel (it folds the search words), then the counter's search. */
async function infodesk(call: Call, log: (m: string) => void): Promise<Figures> {
  const saves: number[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const base = DEMO_ARTICLES[i % DEMO_ARTICLES.length]!;
    const [, ms] = await timed(() =>
      call('infodesk.save', {
        category: base.category,
        lang: base.lang,
        title: `${base.title} (${Math.floor(i / DEMO_ARTICLES.length) + 1}-bino)`,
        body: `${base.body}\n\n${Math.floor(i / DEMO_ARTICLES.length) + 1}-binoda ham xuddi shunday tartib amal qiladi.`,
        contacts: base.contacts,
        url: base.url,
        tags: base.tags,
      }),
    );
    saves.push(ms);
  }
  const all: number[] = [];
  const parts: string[] = [];
  for (const query of QUERIES) {
    const [hits, ms] = await medianOf(10, () => call<{ total: number }>('infodesk.search', { query }));
    all.push(ms);
    parts.push(`"${query}" ${ms.toFixed(1)} ms (${hits.total})`);
  }
  const tail = saves.slice(-100);
  log(
    `${ARTICLES} articles saved: median ${median(saves).toFixed(1)} ms, last hundred ${median(tail).toFixed(1)} ms; ` +
      `search ${parts.join(', ')}`,
  );
  return {
    'desk.infodesk_save_ms': round(median(saves)),
    'desk.infodesk_search_ms': round(median(all)),
    'desk.infodesk_search_max_ms': round(Math.max(...all)),
  };
}

async function scholarshipsAndFees(
  call: Call,
  w: Sqlite,
  feeStudent: string,
  log: (m: string) => void,
): Promise<Figures> {
  const today = tashkentMoment(new Date()).date;
  const year = currentEducationYear(w, today).slice(0, 4);
  const month = Number(today.slice(5, 7));
  const half = month >= 9 || month < 2 ? 1 : 2;
  const faculty = w
    .prepare(
      `select department_id as id, count(*) as n from students where status in ('11', '13')
        group by department_id order by n desc limit 1`,
    )
    .get() as { id: string; n: number };
  type Preview = { totals: { included: number; excluded: number } };
  const scope = { educationYear: year, half };
  const [one, facultyMs] = await medianOf(3, () =>
    call<Preview>('scholarships.preview', { ...scope, departmentId: faculty.id }),
  );
  const [all, allMs] = await medianOf(3, () => call<Preview>('scholarships.preview', scope));
  log(
    `scholarships ${year}/${half}: biggest faculty (${faculty.n} students) ${facultyMs.toFixed(0)} ms ` +
      `(${one.totals.included} in, ${one.totals.excluded} out); all ${allMs.toFixed(0)} ms ` +
      `(${all.totals.included} in, ${all.totals.excluded} out)`,
  );
  const [contract, contractMs] = await medianOf(20, () =>
    call<{ amount: number }>('fees.calculateContract', { studentId: feeStudent }),
  );
  // A debtor whose specialty and form the tariff prices for re-study.
  const debtors = w
    .prepare(
      `select distinct r.student_id from academic_records r join students st on st.id = r.student_id
        where st.status = '11' and r.is_current = 1 and (r.grade is null or r.grade <= 2) limit 200`,
    )
    .pluck()
    .all() as string[];
  let restudyStudent: string | undefined;
  for (const id of debtors) {
    const debts = await call<{ items: unknown[] }>('fees.restudyDebts', { id });
    if (debts.items.length === 0) continue;
    if (
      await call('fees.calculateRestudy', { studentId: id }).then(
        () => true,
        () => false,
      )
    ) {
      restudyStudent = id;
      break;
    }
  }
  const figures: Figures = {
    'desk.scholarships_faculty_ms': Math.round(facultyMs),
    'desk.scholarships_all_ms': Math.round(allMs),
    'desk.fees_contract_ms': round(contractMs),
  };
  let restudyLog = 'no priced debtor found for re-study';
  if (restudyStudent) {
    const [restudy, restudyMs] = await medianOf(20, () =>
      call<{ amount: number; lines: unknown[] }>('fees.calculateRestudy', { studentId: restudyStudent }),
    );
    figures['desk.fees_restudy_ms'] = round(restudyMs);
    restudyLog = `restudy ${restudyMs.toFixed(2)} ms (${restudy.lines.length} subjects, ${restudy.amount} soʻm)`;
  }
  log(`fees: contract ${contractMs.toFixed(2)} ms (${contract.amount} soʻm), ${restudyLog}`);
  return figures;
}

/**
 * The service desk at scale, on a copy of the 100k demo: a 20,000-row bank statement imported against 20,000
 * contracts (and again, all skipped), debtors; 30,000 requests listed and exported; 300 queue tickets through
 * one window; 2,000 info desk articles searched; scholarship lists; the fee calculators.
 */
export const serviceDesk: BenchCase = {
  name: 'service-desk',
  description:
    'payments import of 20k rows, debtors, 30k requests listed, queue cycles, info desk search, scholarships, fees on the 100k demo',
  async run(ctx) {
    const source = await demo100kDatabase(ctx);
    const dir = ctx.tempDir('bench-service-desk-');
    cpSync(source, dir, { recursive: true });
    const backend = createBackend({ dataDir: dir, autoBackup: false, logger: silentLogger });
    try {
      const call = caller(backend, backend.cliSession('bench'));
      const w = backend.services.store.writer;
      const [payments, feeStudent] = await paymentsAndDebts(call, w, ctx.log);
      return {
        ...payments,
        ...(await requestLists(call, w, ctx.log)),
        ...(await queueCycles(call, ctx.log)),
        ...(await infodesk(call, ctx.log)),
        ...(await scholarshipsAndFees(call, w, feeStudent, ctx.log)),
      };
    } finally {
      await backend.close();
    }
  },
};
