import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAcademic, type AcademicFixture } from '../../../test/support/academic-fixtures';
import { startFakeHemis, type FakeHemis } from '../../../test/support/fake-hemis';
import { fakeAcademicRecords, fakeStudentGpa } from '../../../test/support/fake-hemis-grades';
import { startHarness, type Harness } from '../../../test/support/harness';
import { connect, waitForJob } from '../hemis/test-helpers';

describe('grades from HEMIS and from Excel', () => {
  let h: Harness;
  let f: AcademicFixture;
  let back: string;
  const count = (where = '') =>
    (
      h.backend.services.store.reader.prepare(`select count(*) as n from academic_records ${where}`).get() as {
        n: number;
      }
    ).n;

  beforeEach(async () => {
    h = await startHarness();
    f = seedAcademic(h.backend.services.store.writer);
    back = await h.signInAs('back_office', 'dekanat');
  });
  afterEach(() => h.dispose());

  describe('HEMIS pull', () => {
    let fake: FakeHemis;
    beforeEach(async () => {
      fake = await startFakeHemis({ students: 0, pageSize: 5 });
      fake.data['student-performance-list'] = [];
      await connect(h, fake);
    });
    afterEach(() => fake.close());

    async function pull() {
      const { jobId } = await h.ok('grades.pull', {}, back);
      return waitForJob(h, jobId, back);
    }

    it('maps HEMIS ids to local rows, recomputes credit, rejects what does not match, and a re-pull adds nothing', async () => {
      fake.data['academic-record-list'] = [
        ...fakeAcademicRecords(f),
        {
          id: 9999,
          _student: 424242,
          _subject: f.subjects[0]?.hemisId,
          _semester: '11',
          _education_year: '2024',
          credit: 6,
          grade: 4,
        },
      ];
      fake.data['student-gpa-list'] = fakeStudentGpa(f, ['4.1', 3.9]);
      const job = await pull();
      expect(job.state).toBe('succeeded');
      expect(job.result).toMatchObject({
        records: { seen: 13, added: 12, unchanged: 0, rejected: 1 },
        gpa: { seen: 2, stored: 2, rejected: 0 },
        rejects: [{ endpoint: 'academic-record-list', hemisId: 9999, key: 'error.gradePullStudent' }],
      });
      expect(fake.requests.filter((r) => r.endpoint === 'academic-record-list')).toHaveLength(3);
      const failing = await h.ok('grades.transcript', { studentId: f.students[2]?.id }, back);
      // finish_credit_status said true; grade 2 is a debt and earns nothing.
      expect(failing.debts.map((d) => [d.subjectCode, d.grade, d.earned, d.source])).toEqual([
        ['MAT', 2, false, 'hemis'],
      ]);
      const t = await h.ok('grades.transcript', { studentId: f.students[0]?.id }, back);
      expect(t.semesters[0]?.rows.find((r) => r.subjectCode === 'MAT')).toMatchObject({
        credit: 6,
        grade: 5,
        letter: 'A+',
      });

      const again = await pull();
      expect(again.result).toMatchObject({ records: { added: 0, unchanged: 12, rejected: 1 }, gpa: { stored: 2 } });
      expect(count()).toBe(12);
      const gpa = h.backend.services.store.reader.prepare('select count(*) as n from hemis_student_gpa').get();
      expect(gpa).toEqual({ n: 2 });
      // Local: (6×5 + 4×3 + 2×5 + 5×4) / 17 = 4.24 → 4.2 against HEMIS 4.1.
      const diff = await h.ok('grades.gpaDiff', {}, back);
      expect(diff.map((d) => [d.name, d.local, d.hemis])).toEqual([
        ['Aliyev Bobur', 4.2, 4.1],
        ['Karimova Dilnoza', 3.4, 3.9],
      ]);
    });

    it('a changed HEMIS value is a new entry; a local correction survives an unchanged re-pull', async () => {
      const records = fakeAcademicRecords(f);
      fake.data['academic-record-list'] = records;
      fake.data['student-gpa-list'] = [];
      await pull();
      const [mat] = (await h.ok('grades.transcript', { studentId: f.students[2]?.id }, back)).debts;
      await h.ok('grades.correct', { recordId: mat?.id, value: { score: 61 }, reason: 'Apellyatsiya' }, back);
      await pull();
      const history = await h.ok(
        'grades.history',
        { studentId: f.students[2]?.id as string, subjectId: mat?.subjectId as string, semester: '11' },
        back,
      );
      expect(history.map((e) => [e.totalPoint, e.source, e.isCurrent])).toEqual([
        [41, 'hemis', false],
        [61, 'manual', true],
      ]);
      (records[8] as Record<string, unknown>).total_point = 66;
      (records[8] as Record<string, unknown>).grade = 3;
      const job = await pull();
      expect(job.result).toMatchObject({ records: { added: 1, unchanged: 11 } });
      const after = await h.ok(
        'grades.history',
        { studentId: f.students[2]?.id as string, subjectId: mat?.subjectId as string, semester: '11' },
        back,
      );
      expect(after.map((e) => [e.totalPoint, e.source, e.isCurrent, e.reason])).toEqual([
        [41, 'hemis', false, ''],
        [61, 'manual', false, 'Apellyatsiya'],
        [66, 'hemis', true, 'HEMIS'],
      ]);
    });

    it('a HEMIS failure leaves whole pages; not configured is refused before a job starts', async () => {
      fake.data['academic-record-list'] = fakeAcademicRecords(f);
      fake.fail({ endpoint: 'academic-record-list', page: 2, status: 403 });
      const job = await pull();
      expect(job.state).toBe('failed');
      expect(job.errorKey).toBe('error.hemisForbidden');
      expect(count()).toBe(5);
      await h.ok('hemis.updateSettings', { clearToken: true }, h.adminToken);
      const res = await h.call('grades.pull', {}, back);
      expect(!res.ok && res.error.key).toBe('error.hemisNotConfigured');
    });
  });

  describe('Excel import', () => {
    async function workbook(rows: (string | number | null)[][]): Promise<string> {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Qaydnoma');
      ws.addRow(['BAHOLASH QAYDNOMASI № 7']);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    }
    async function run(data: string, dryRun: boolean) {
      const { jobId } = await h.ok('grades.import', { fileName: 'qaydnoma.xlsx', data, dryRun }, back);
      const job = await waitForJob(h, jobId, back);
      expect(job.state, JSON.stringify(job)).toBe('succeeded');
      return h.ok('grades.importResult', { jobId }, back);
    }
    const [s0, s1, s2, s3] = [0, 1, 2, 3];

    it('checks every row (named by row and column, translated), a dry run writes nothing, re-import adds nothing', async () => {
      const id = (i: number) => f.students[i]?.idNumber as string;
      const data = await workbook([
        ['Talaba ID', 'F.I.Sh.', 'Fan kodi', 'Semestr', "O'quv yili", 'Ball'],
        [id(s0), 'Aliyev Bobur', 'MAT', 1, '2024-2025', 92],
        [id(s1), 'Karimova Dilnoza', 'mat', '1-semestr', null, '75,5'],
        [id(s2), 'Joʻrayev Sanjar', 'MAT', 1, null, 'kelmadi'],
        ['999999999999', 'Nomaʼlum', 'MAT', 1, null, 80],
        [id(s3), 'Qodirova Nodira', 'XYZ', 1, null, 80],
        [id(s3), 'Qodirova Nodira', 'MAT', 1, null, 120],
        [id(s0), 'Aliyev Bobur', 'MAT', 1, null, 90],
        [id(s3), 'Qodirova Nodira', 'FIZ', 9, null, 80],
        [id(s3), 'Qodirova Nodira', 'TAR', null, null, 'yaxshi'],
      ]);
      const dry = await run(data, true);
      expect(dry).toMatchObject({ rows: 9, added: 3, replaced: 0, unchanged: 0, rejectedCount: 6, dryRun: true });
      expect(dry.rejected.map((r) => [r.row, r.column, r.message])).toEqual([
        [6, 'Talaba ID', 'Talaba ID: talaba topilmadi'],
        [7, 'Fan kodi', 'Fan kodi: fan talabaning oʻquv rejasida yoʻq'],
        [8, 'Ball', 'Ball: Ball 0 dan 100 gacha boʻlishi kerak'],
        [9, null, 'bu talaba va fan 3-qatorda ham bor'],
        [10, 'Fan kodi', 'Fan kodi: fan bu semestrda oʻqitilmaydi'],
        [11, 'Ball', 'Ball: qiymat son ham, «kelmadi» ham emas'],
      ]);
      expect(count()).toBe(0);

      const real = await run(data, false);
      expect(real).toMatchObject({ added: 3, rejectedCount: 6, dryRun: false });
      expect(count()).toBe(3);
      const t = await h.ok('grades.transcript', { studentId: f.students[1]?.id }, back);
      expect(t.semesters[0]?.rows[0]).toMatchObject({
        totalPoint: 75.5,
        grade: 4,
        source: 'excel',
        educationYear: '2024',
      });
      expect((await h.ok('audit.list', { command: 'grades.import.batch' }, h.adminToken)).total).toBe(1);

      const again = await run(data, false);
      expect(again).toMatchObject({ added: 0, unchanged: 3 });
      expect(count()).toBe(3);
    });

    it('a changed value replaces the entry (the old one kept); a file without the columns is refused clearly', async () => {
      const id = (i: number) => f.students[i]?.idNumber as string;
      await run(
        await workbook([
          ['Talaba ID', 'Fan kodi', 'Semestr', 'Ball'],
          [id(s0), 'MAT', 1, 58],
        ]),
        false,
      );
      const changed = await run(
        await workbook([
          ['Talaba ID', 'Fan kodi', 'Semestr', 'Ball'],
          [id(s0), 'MAT', 1, 66],
        ]),
        false,
      );
      expect(changed).toMatchObject({ added: 0, replaced: 1 });
      expect(count('where is_current = 0')).toBe(1);
      const { jobId } = await h.ok(
        'grades.import',
        { fileName: 'x.xlsx', data: await workbook([['Ism', 'Familiya']]) },
        back,
      );
      const job = await waitForJob(h, jobId, back);
      expect(job).toMatchObject({ state: 'failed', errorKey: 'error.gradeImportNoHeader' });
      const res = await h.call('grades.importResult', { jobId }, back);
      expect(!res.ok && res.error.key).toBe('error.gradeImportNoHeader');
    });
  });
});
