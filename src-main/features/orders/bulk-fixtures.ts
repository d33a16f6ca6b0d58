import { nameSearchText } from '../../../src-shared/domain/search-key';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { startHarness, type Harness } from '../../../test/support/harness';

/**
 * A backend on a temp database with the order fixture (one faculty, groups over courses 1–4, results of
 * 2025) and a back-office user, for the promotion, graduation and statistics tests. Never used by the app.
 */
export interface BulkBed {
  h: Harness;
  f: OrderFixture;
  token: string;
  rows(sql: string, ...params: unknown[]): Record<string, unknown>[];
  exec(sql: string, ...params: unknown[]): void;
  /** Approves the order with this number and applies it, through the channels. */
  approveAndApply(orderId: string, number: string, orderDate?: string): Promise<void>;
  auditCount(): number;
}

export async function startBulkBed(): Promise<BulkBed> {
  const h = await startHarness();
  const f = seedOrders(h.backend.services.store.writer);
  const token = await h.signInAs('back_office');
  // The fixture writes students directly; the search key is what the students' own writes would keep.
  const setKey = h.backend.services.store.writer.prepare('update students set search_text = ? where id = ?');
  for (const s of Object.values(f.students)) setKey.run(nameSearchText(s.name), s.id);
  const rows = (sql: string, ...params: unknown[]) =>
    h.backend.services.store.reader.prepare(sql).all(...params) as Record<string, unknown>[];
  return {
    h,
    f,
    token,
    rows,
    exec: (sql, ...params) => void h.backend.services.store.writer.prepare(sql).run(...params),
    async approveAndApply(orderId, number, orderDate = '2026-08-25') {
      await h.ok(
        'orders.approve',
        { id: orderId, number, orderDate, signerName: 'B. Rektorov', signerPosition: 'Rektor' },
        token,
      );
      await h.ok('orders.apply', { id: orderId }, token);
    },
    auditCount: () => (rows('select count(*) as n from audit_log')[0]!.n as number) ?? 0,
  };
}

/**
 * Current results (grade 5, or as given per subject code) for every subject of the fixture's curriculum the
 * student has none for yet, so a final-year student completed it.
 */
export function completeCurriculum(bed: BulkBed, studentId: string, grades: Record<string, number> = {}): void {
  for (const s of bed.f.academic.subjects) {
    const grade = grades[s.code] ?? 5;
    const has = bed.rows(
      'select 1 from academic_records where student_id = ? and subject_id = ? and is_current = 1',
      studentId,
      s.subjectId,
    );
    if (has.length > 0) continue;
    bed.exec(
      `insert into academic_records (id, student_id, subject_id, curriculum_subject_id, semester, education_year, credit,
         total_point, grade, rating_grade, marking_system, source, is_current, created_by, created_at)
       values (lower(hex(randomblob(16))), ?, ?, ?, ?, '2025', ?, ?, ?, ?, '13', 'manual', 1, 'fixture',
               '2026-06-01T09:00:00.000Z')`,
      studentId,
      s.subjectId,
      s.id,
      s.semester,
      s.credit,
      grade * 20 - 5,
      grade,
      s.code === 'KURS' ? '12' : s.code === 'DAV' ? '13' : '11',
    );
  }
}
