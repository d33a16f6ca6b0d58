import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEMIS_ACADEMIC_ROWS } from '../../../src-shared/contract/hemis';
import { startFakeHemis, type FakeHemis } from '../../../test/support/fake-hemis';
import { startHarness, type Harness } from '../../../test/support/harness';
import { auditCommands, connect, count, pull } from './test-helpers';

let h: Harness;
let fake: FakeHemis;

afterEach(async () => {
  await h.dispose();
  await fake.close();
});

describe('HEMIS pull: the academic structure (issue 4)', () => {
  beforeEach(async () => {
    fake = await startFakeHemis({ students: 8 });
    h = await startHarness();
    await connect(h, fake);
  });

  const q = (sql: string, ...params: unknown[]) =>
    h.backend.services.store.reader.prepare(sql).all(...params) as Record<string, unknown>[];

  it('brings curricula with marking systems, semesters, subjects, staff and links groups, in the reference command', async () => {
    const res = await pull(h);
    expect(res.ok).toBe(true);
    // The summary counts what the reference step wrote, beyond the department/specialty/group skeleton.
    if (!res.ok) return;
    expect(res.result).toMatchObject({
      markingSystems: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
      employees: { created: 3, updated: 0, unchanged: 0, rejected: 1 }, // one without a surname
      educationYears: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      curricula: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
      semesters: { created: 6, updated: 0, unchanged: 0, rejected: 0 },
      subjects: { created: 3, updated: 0, unchanged: 1, rejected: 0 }, // one subject in two curricula
      curriculumSubjects: { created: 4, updated: 0, unchanged: 0, rejected: 1 }, // one without a semester
    });
    const status = await h.ok('hemis.pullStatus', {}, h.adminToken);
    expect(status.lastPull).toMatchObject({ curricula: { created: 3 }, educationYears: { created: 2 } });
    expect(fake.requests.find((r) => r.endpoint === 'employee-list')?.query.type).toBe('all');
    const reference = auditCommands(h).filter((c) => c.command === 'hemis.pull.reference');
    expect(reference).toHaveLength(1);

    expect(q('select code, name, current from education_years order by code')).toEqual([
      { code: '2025', name: '2025-2026', current: 0 },
      { code: '2026', name: '2026-2027', current: 1 },
    ]);
    expect(q('select code, minimum_limit, gpa_limit from marking_systems order by code')).toEqual([
      { code: '11', minimum_limit: 55, gpa_limit: 2.4 },
      { code: '12', minimum_limit: null, gpa_limit: 2.4 },
      { code: '13', minimum_limit: 60, gpa_limit: 2.6 },
    ]);
    // Borders stay HEMIS's defaults: marking-system-list carries only the limits.
    expect(JSON.parse(q("select borders from marking_systems where code = '13'")[0]?.borders as string)[0]).toEqual({
      grade: 5,
      min: 90,
      max: 100,
    });
    expect(
      q(
        'select c.hemis_id, c.education_year, c.marking_system, c.semester_count, c.gpa_limit, s.code as specialty from curricula c join specialties s on s.id = c.specialty_id order by c.hemis_id',
      ),
    ).toEqual([
      {
        hemis_id: 31,
        education_year: '2025',
        marking_system: '13',
        semester_count: 8,
        gpa_limit: 2.6,
        specialty: '60410100',
      },
      {
        hemis_id: 32,
        education_year: '2025',
        marking_system: '11',
        semester_count: 8,
        gpa_limit: 2.4,
        specialty: '60410200',
      },
      // No semester_count: the highest semester HEMIS lists.
      {
        hemis_id: 33,
        education_year: '2025',
        marking_system: '11',
        semester_count: 4,
        gpa_limit: 2.4,
        specialty: '60230100',
      },
    ]);
    expect(
      q(
        'select s.code, s.education_year, s.level, s.start_date, s.current from curriculum_semesters s join curricula c on c.id = s.curriculum_id where c.hemis_id = 31 order by s.code',
      ),
    ).toEqual([
      { code: '13', education_year: '2026', level: '12', start_date: '2026-09-02', current: 0 },
      { code: '14', education_year: '2026', level: '12', start_date: null, current: 1 },
    ]);
    const subjects = q(
      'select sb.name_uz_latn as name, sb.name_uz_cyrl as cyr, cs.semester, cs.credit, cs.total_hours, cs.hours, cs.exam_finish, cs.rating_grade, cs.subject_type, d.code as chair, c.hemis_id as curriculum from curriculum_subjects cs join subjects sb on sb.id = cs.subject_id join curricula c on c.id = cs.curriculum_id left join departments d on d.id = cs.department_id order by cs.hemis_id',
    );
    expect(subjects).toEqual([
      {
        name: 'Ehtimollar nazariyasi',
        cyr: 'Эҳтимоллар назарияси',
        semester: '13',
        credit: 5,
        total_hours: 150,
        hours: '{"11":30,"13":30,"17":90}',
        exam_finish: '11',
        rating_grade: '11',
        subject_type: '11',
        chair: '101-1',
        curriculum: 31,
      },
      expect.objectContaining({
        name: 'Oʻzbek tili (ixtisoslik boʻyicha)',
        credit: 4,
        exam_finish: '12',
        curriculum: 31,
      }),
      expect.objectContaining({
        name: 'Oʻzbekiston tarixi',
        cyr: 'Ўзбекистон тарихи',
        credit: 3.5,
        rating_grade: '12',
        subject_type: '12',
      }),
      expect.objectContaining({ name: 'Oʻzbek tili (ixtisoslik boʻyicha)', curriculum: 33 }),
    ]);
    expect(count(h, 'subjects')).toBe(3); // one subject in two curricula, the item without a semester rejected
    expect(q('select last_name, first_name, patronymic, kind, position from employees order by hemis_id')).toEqual([
      {
        last_name: 'Toʻxtayev',
        first_name: 'Gʻayrat',
        patronymic: 'Shavkat oʻgʻli',
        kind: 'teacher',
        position: 'Katta oʻqituvchi',
      },
      // A Cyrillic name stays Cyrillic: names are data.
      { last_name: 'Ғуломова', first_name: 'Нодира', patronymic: '', kind: 'teacher', position: 'Katta oʻqituvchi' },
      { last_name: 'Ergashev', first_name: 'Sanjar', patronymic: 'Akbarovich', kind: 'employee', position: 'Dekan' },
    ]);
    expect(
      q(
        'select g.name, c.hemis_id as curriculum from groups g left join curricula c on c.id = g.curriculum_id order by g.hemis_id',
      ),
    ).toEqual([
      { name: 'IQT-24', curriculum: 31 },
      { name: 'BH-24', curriculum: 32 },
      { name: 'FIL-24', curriculum: 33 },
      { name: 'ФИЛ-24р', curriculum: 33 },
    ]);
  });

  it('the year HEMIS calls current becomes the only current one, also over a year typed here', async () => {
    await h.ok('structure.saveEducationYear', { code: '2024', current: true }, h.adminToken);
    expect((await pull(h)).ok).toBe(true);
    expect(q('select code, current from education_years where current = 1')).toEqual([{ code: '2026', current: 1 }]);
  });

  it('a second pull changes nothing it already has; an office’s Cyrillic subject name is kept', async () => {
    await pull(h);
    const subject = q('select id from subjects where hemis_id = 71')[0]?.id as string;
    await h.ok(
      'structure.saveSubject',
      {
        id: subject,
        nameUzLatn: 'Ehtimollar nazariyasi',
        nameUzCyrl: 'Эҳтимоллар назарияси ва статистика',
        code: 'MAT201',
      },
      h.adminToken,
    );
    const before = count(h, 'curriculum_subjects');
    // HEMIS renames one academic year meanwhile: the only year counted as updated.
    for (const c of fake.data['curriculum-list'] ?? []) {
      (c as { educationYear: { name: string } }).educationYear.name = '2025/2026';
    }
    await h.ok('hemis.updateSettings', { url: fake.url }, h.adminToken);
    const res = await pull(h, { full: true });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.result).toMatchObject({
      markingSystems: { created: 0, updated: 0, unchanged: 3 },
      employees: { created: 0, updated: 0, unchanged: 3, rejected: 1 },
      educationYears: { created: 0, updated: 1, unchanged: 1 },
      curricula: { created: 0, updated: 0, unchanged: 3 },
      semesters: { created: 0, updated: 0, unchanged: 6 },
      curriculumSubjects: { created: 0, updated: 0, unchanged: 4, rejected: 1 },
    });
    expect(q("select name from education_years where code = '2025'")).toEqual([{ name: '2025/2026' }]);
    expect(count(h, 'curriculum_subjects')).toBe(before);
    const last = auditCommands(h)
      .filter((c) => c.command === 'hemis.pull.reference')
      .at(-1);
    expect(last).toBeDefined();
    expect(q('select name_uz_cyrl from subjects where hemis_id = 71')[0]?.name_uz_cyrl).toBe(
      'Эҳтимоллар назарияси ва статистика',
    );
  });

  it('an HEMIS without the academic endpoints (404) still pulls the structure and students', async () => {
    for (const endpoint of [
      'curriculum-subject-list',
      'marking-system-list',
      'employee-list',
      'curriculum-list',
      'semester-list',
    ]) {
      delete fake.data[endpoint];
    }
    const res = await pull(h);
    expect(res.ok).toBe(true);
    expect(count(h, 'curricula')).toBe(0);
    // Counted, as nothing: zeros, not "not counted".
    if (res.ok) {
      const zero = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
      for (const row of HEMIS_ACADEMIC_ROWS) expect(res.result[row], row).toEqual(zero);
    }
    expect(count(h, 'groups')).toBe(4);
    expect(count(h, 'students')).toBe(8);
  });
});
