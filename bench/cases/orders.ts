import { cpSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createBackend, type Backend } from '../../src-main/backend/create-backend';
import { silentLogger } from '../../src-main/backend/logger';
import { demo100kDatabase } from './demo';
import { median, type BenchCase } from './types';

async function call<T>(backend: Backend, token: string, channel: string, input: unknown): Promise<T> {
  const res = await backend.dispatch(channel as never, input as never, token);
  if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
  return res.data as T;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

/**
 * On a copy of the 100k demo: the promotion dry run for the biggest faculty's second course, the drafts it
 * makes, opening that order (its text generated for every student), approving and applying it in one
 * transaction; and a card's movement history with "state as of a date".
 */
export const ordersBulk: BenchCase = {
  name: 'orders',
  description:
    'promotion dry run, drafts, open, approve and apply for a faculty’s second course of the 100k demo; card movements',
  async run(ctx) {
    const source = await demo100kDatabase(ctx);
    const dir = ctx.tempDir('bench-orders-');
    cpSync(source, dir, { recursive: true });
    const backend = createBackend({ dataDir: dir, autoBackup: false, logger: silentLogger });
    try {
      const token = backend.cliSession('bench');
      const db = backend.services.store.reader;
      const faculty = db
        .prepare(
          `select department_id as id, count(*) as n from students where course = 2 and status = '11'
            group by department_id order by n desc limit 1`,
        )
        .get() as { id: string; n: number };
      // Second-year students have a whole year of results behind them (first-years in the autumn have none yet).
      const scope = { departmentId: faculty.id, course: 2 };
      const plans: number[] = [];
      let plan: { token: string; students: { outcome: string }[] } | undefined;
      for (let i = 0; i < 3; i++) {
        const [p, ms] = await timed(() => call<typeof plan & object>(backend, token, 'orders.promotionPlan', scope));
        plan = p;
        plans.push(ms);
      }
      const outcomes = new Map<string, number>();
      for (const s of plan!.students) outcomes.set(s.outcome, (outcomes.get(s.outcome) ?? 0) + 1);
      ctx.log(`plan of ${plan!.students.length} students: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
      const [created, createMs] = await timed(() =>
        call<{ orderIds: string[]; promoted: number }>(backend, token, 'orders.promotionCreate', {
          ...scope,
          effectiveDate: '2027-08-25',
          token: plan!.token,
        }),
      );
      const orderId = created.orderIds[0];
      if (!orderId) throw new Error('the promotion run made no order');
      const [, getMs] = await timed(() => call(backend, token, 'orders.get', { id: orderId }));
      const [, approveMs] = await timed(() =>
        call(backend, token, 'orders.approve', {
          id: orderId,
          number: 'B-1',
          orderDate: '2027-08-20',
          signerName: 'Bench Rektor',
          signerPosition: 'Rektor',
        }),
      );
      const [, applyMs] = await timed(() => call(backend, token, 'orders.apply', { id: orderId }));
      ctx.log(
        `${created.promoted} promoted: drafts ${createMs.toFixed(0)} ms, open ${getMs.toFixed(0)} ms, ` +
          `approve ${approveMs.toFixed(0)} ms, apply ${applyMs.toFixed(0)} ms`,
      );
      const moved = db.prepare(`select student_id as id from student_movements order by rowid limit 200`).all() as {
        id: string;
      }[];
      const card: number[] = [];
      for (const { id } of moved) {
        const [, ms] = await timed(async () => {
          await call(backend, token, 'orders.movements', { studentId: id });
          await call(backend, token, 'orders.stateAsOf', { studentId: id, date: '2026-09-01' });
        });
        card.push(ms);
      }
      return {
        'orders.promotion_plan_ms': Math.round(median(plans)),
        'orders.promotion_students': created.promoted,
        'orders.promotion_create_ms': Math.round(createMs),
        'orders.get_ms': Math.round(getMs),
        'orders.approve_ms': Math.round(approveMs),
        'orders.apply_ms': Math.round(applyMs),
        'orders.card_movements_ms': Math.round(median(card) * 100) / 100,
      };
    } finally {
      await backend.close();
    }
  },
};
