import type { Sqlite } from '../../db/connection';

type LinkKind = 'document' | 'order' | 'contract';

const dmy = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '');

/**
 * What a link shows: the register number and date the office knows the paper by. Null when the target does
 * not exist, which is how a link to nothing is refused.
 */
export function linkLabel(db: Sqlite, kind: LinkKind, id: string): string | null {
  if (kind === 'document') {
    const d = db
      .prepare('select register_number as no, issued_on as on_ from issued_documents where id = ?')
      .get(id) as { no: string; on_: string } | undefined;
    return d ? `${d.no} · ${dmy(d.on_)}` : null;
  }
  if (kind === 'order') {
    const o = db.prepare('select number, order_date as date, status from orders where id = ?').get(id) as
      { number: string | null; date: string | null; status: string } | undefined;
    return o ? `${o.number ?? '—'}${o.date ? ` · ${dmy(o.date)}` : ''}` : null;
  }
  const c = db.prepare('select number, contract_date as date from contracts where id = ?').get(id) as
    { number: string; date: string } | undefined;
  return c ? `${c.number} · ${dmy(c.date)}` : null;
}

/** The student's papers that a request may be linked to, newest first. */
export function linkTargets(db: Sqlite, studentId: string): { kind: LinkKind; targetId: string; label: string }[] {
  const docs = db
    .prepare(
      `select id, register_number as no, issued_on as on_ from issued_documents
        where student_id = ? and status = 'issued' order by issued_at desc limit 50`,
    )
    .all(studentId) as { id: string; no: string; on_: string }[];
  const orders = db
    .prepare(
      `select distinct o.id, o.number, o.order_date as date, o.created_at from orders o
         join order_lines l on l.order_id = o.id where l.student_id = ? order by o.created_at desc limit 50`,
    )
    .all(studentId) as { id: string; number: string | null; date: string | null }[];
  const contracts = db
    .prepare(
      'select id, number, contract_date as date from contracts where student_id = ? order by contract_date desc limit 50',
    )
    .all(studentId) as { id: string; number: string; date: string }[];
  return [
    ...docs.map((d) => ({ kind: 'document' as const, targetId: d.id, label: `${d.no} · ${dmy(d.on_)}` })),
    ...orders.map((o) => ({
      kind: 'order' as const,
      targetId: o.id,
      label: `${o.number ?? '—'}${o.date ? ` · ${dmy(o.date)}` : ''}`,
    })),
    ...contracts.map((c) => ({ kind: 'contract' as const, targetId: c.id, label: `${c.number} · ${dmy(c.date)}` })),
  ];
}
