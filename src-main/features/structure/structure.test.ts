import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import { addStudents, auditCount, buildStructure, rows } from './test-fixtures';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.dispose());

const issuesOf = (res: { ok: boolean; error?: { details?: { issues?: unknown[] } } }) =>
  (res as { error: { details: { issues: { path: string; key: string }[] } } }).error.details.issues.map(
    ({ path, key }) => ({ path, key }),
  );

describe('faculties, departments, specialties', () => {
  it('builds a tree with normalised names in both scripts, audited', async () => {
    const before = auditCount(h);
    const { faculty, chair } = await buildStructure(h);
    const fil = await h.ok(
      'structure.saveDepartment',
      { code: '102', nameUzLatn: "Filologiya va tillarni o'qitish", structureType: '11' },
      h.adminToken,
    );
    expect(fil).toMatchObject({
      nameUzLatn: 'Filologiya va tillarni oʻqitish',
      nameUzCyrl: 'Филология ва тилларни ўқитиш',
    });
    expect(chair.parentId).toBe(faculty.id);
    const list = await h.ok('structure.departments', {}, h.adminToken);
    expect(list.map((d) => d.code)).toEqual(['101', '101-1', '102']);
    expect(auditCount(h)).toBeGreaterThan(before);
    const audit = rows(h, "select command from audit_log where command like 'structure.%' order by seq");
    expect(audit.map((r) => r.command)).toContain('structure.saveDepartment');
  });

  it('a Latin name typed in Cyrillic is stored in both scripts', async () => {
    const d = await h.ok(
      'structure.saveDepartment',
      { code: '9', nameUzLatn: 'Ўзбек тили кафедраси', structureType: '12' },
      h.adminToken,
    );
    expect(d).toMatchObject({ nameUzLatn: 'Oʻzbek tili kafedrasi', nameUzCyrl: 'Ўзбек тили кафедраси' });
  });

  it.each([
    [{ code: '', nameUzLatn: 'X', structureType: '11' }, [{ path: 'code', key: 'validation.required' }]],
    [{ code: '1', nameUzLatn: '  ', structureType: '11' }, [{ path: 'nameUzLatn', key: 'validation.required' }]],
    [{ code: '1', nameUzLatn: 'X', structureType: '99' }, [{ path: 'structureType', key: 'validation.invalidValue' }]],
  ])('bad department %j → field errors, nothing written', async (input, issues) => {
    const before = auditCount(h);
    const res = await h.call('structure.saveDepartment', input, h.adminToken);
    expect(res.ok).toBe(false);
    expect(issuesOf(res)).toEqual(issues);
    expect(auditCount(h)).toBe(before);
  });

  it('refuses a taken code, a missing parent and a cycle', async () => {
    const { faculty, chair } = await buildStructure(h);
    const before = auditCount(h);
    const taken = await h.call(
      'structure.saveDepartment',
      { code: '101', nameUzLatn: 'Y', structureType: '11' },
      h.adminToken,
    );
    expect(issuesOf(taken)).toEqual([{ path: 'code', key: 'validation.structure.codeTaken' }]);
    const cycle = await h.call('structure.saveDepartment', { ...faculty, parentId: chair.id }, h.adminToken);
    expect(issuesOf(cycle)).toEqual([{ path: 'parentId', key: 'validation.structure.parentCycle' }]);
    const missing = await h.call(
      'structure.saveDepartment',
      { code: '7', nameUzLatn: 'Z', structureType: '12', parentId: '01900000-0000-7000-8000-000000000000' },
      h.adminToken,
    );
    expect(issuesOf(missing)).toEqual([{ path: 'parentId', key: 'validation.structure.notFound' }]);
    expect(auditCount(h)).toBe(before);
  });

  it('keeps specialty codes as text (leading zeros) and refuses a duplicate for the same degree', async () => {
    const { faculty } = await buildStructure(h);
    const s = await h.ok(
      'structure.saveSpecialty',
      { code: '05230100', nameUzLatn: 'Menejment', departmentId: faculty.id, educationType: '11' },
      h.adminToken,
    );
    expect(s.code).toBe('05230100');
    const master = await h.ok(
      'structure.saveSpecialty',
      { code: '05230100', nameUzLatn: 'Menejment', departmentId: faculty.id, educationType: '12' },
      h.adminToken,
    );
    expect(master.educationType).toBe('12');
    const dup = await h.call(
      'structure.saveSpecialty',
      { code: '05230100', nameUzLatn: 'Boshqa', departmentId: faculty.id, educationType: '11' },
      h.adminToken,
    );
    expect(issuesOf(dup)).toEqual([{ path: 'code', key: 'validation.structure.codeTaken' }]);
    const bad = await h.call(
      'structure.saveSpecialty',
      { code: '60 41', nameUzLatn: 'X', departmentId: faculty.id, educationType: '11' },
      h.adminToken,
    );
    expect(issuesOf(bad)).toEqual([{ path: 'code', key: 'validation.structure.specialtyCode' }]);
    expect((await h.ok('structure.specialties', { departmentId: faculty.id }, h.adminToken)).length).toBe(3);
  });
});

describe('academic years and marking systems', () => {
  it('keeps one current year', async () => {
    await h.ok('structure.saveEducationYear', { code: '2025', current: true }, h.adminToken);
    const years = await h.ok('structure.saveEducationYear', { code: '2026', current: true }, h.adminToken);
    expect(years).toEqual([
      { code: '2025', name: '2025-2026', current: false },
      { code: '2026', name: '2026-2027', current: true },
    ]);
    const bad = await h.call('structure.saveEducationYear', { code: '26' }, h.adminToken);
    expect(issuesOf(bad)).toEqual([{ path: 'code', key: 'validation.structure.yearCode' }]);
  });

  it('falls back to HEMIS defaults, stores an OTM’s own borders, refuses bad ones', async () => {
    const systems = await h.ok('structure.markingSystems', {}, h.adminToken);
    expect(systems.map((s) => [s.code, s.custom, s.borders[0]?.min])).toEqual([
      ['11', false, 86],
      ['12', false, 4.5],
      ['13', false, 90],
    ]);
    const borders = [
      { grade: 5, min: 91, max: 100 },
      { grade: 4, min: 71, max: 90 },
      { grade: 3, min: 60, max: 70 },
      { grade: 2, min: 0, max: 59 },
    ];
    const saved = await h.ok(
      'structure.saveMarkingSystem',
      { code: '13', gpaLimit: 2.6, minimumLimit: 60, borders },
      h.adminToken,
    );
    expect(saved).toMatchObject({ custom: true, gpaLimit: 2.6, borders });
    const before = auditCount(h);
    const again = await h.ok(
      'structure.saveMarkingSystem',
      { code: '13', gpaLimit: 2.6, minimumLimit: 60, borders },
      h.adminToken,
    );
    expect(again.borders).toEqual(borders);
    expect(auditCount(h)).toBe(before); // nothing changed, nothing audited
    const gap = await h.call(
      'structure.saveMarkingSystem',
      { code: '13', gpaLimit: 2.4, borders: [...borders.slice(0, 3), { grade: 2, min: 0, max: 58 }] },
      h.adminToken,
    );
    expect(issuesOf(gap)).toEqual([{ path: 'borders.3.max', key: 'validation.structure.borderGap' }]);
    const limit = await h.call('structure.saveMarkingSystem', { code: '13', gpaLimit: 3.5, borders }, h.adminToken);
    expect(issuesOf(limit)).toEqual([{ path: 'gpaLimit', key: 'validation.structure.gpaLimit' }]);
    expect(auditCount(h)).toBe(before);
  });
});

describe('curricula, semesters and subjects', () => {
  it('creates semesters with their years and courses, totals credits per semester', async () => {
    const { curriculum, chair } = await buildStructure(h);
    expect(curriculum.semesters.map((s) => [s.code, s.educationYear, s.level])).toEqual([
      ['11', '2026', '11'],
      ['12', '2026', '11'],
      ['13', '2027', '12'],
      ['14', '2027', '12'],
      ['15', '2028', '13'],
      ['16', '2028', '13'],
      ['17', '2029', '14'],
      ['18', '2029', '14'],
    ]);
    expect(curriculum).toMatchObject({ gpaLimit: 2.4, markingSystem: '13', educationPeriod: 4 });
    const add = (semester: string, name: string, credit: number, extra = {}) =>
      h.ok(
        'structure.saveCurriculumSubject',
        { curriculumId: curriculum.id, newSubject: { name }, semester, credit, ...extra },
        h.adminToken,
      );
    await add('11', 'Oliy matematika', 6, { hours: { '11': 30, '13': 30, '17': 120 }, departmentId: chair.id });
    await add('11', 'Oʻzbek tili', 4, { examFinish: '12' });
    await add('12', "O'zbek tili", 4); // the same catalogue subject, typed with an ASCII apostrophe
    const detail = await add('12', 'Falsafa', 5.5, { subjectType: '12' });
    expect(detail.creditsBySemester).toEqual({ '11': 10, '12': 9.5 });
    expect(detail.credits).toBe(19.5);
    expect(detail.subjects.find((s) => s.subjectName === 'Oliy matematika')).toMatchObject({
      totalHours: 180,
      hours: { '11': 30, '13': 30, '17': 120 },
      department: 'Oliy matematika kafedrasi',
    });
    const uz = detail.subjects.filter((s) => s.subjectName === 'Oʻzbek tili');
    expect(uz).toHaveLength(2);
    expect(uz[0]?.subjectId).toBe(uz[1]?.subjectId);
    expect((await h.ok('structure.subjects', { query: "o'zbek" }, h.adminToken)).length).toBe(1);
    const list = await h.ok('structure.curricula', {}, h.adminToken);
    expect(list[0]).toMatchObject({ subjectCount: 4, credits: 19.5, specialty: '60410100 Iqtisodiyot' });
  });

  it('refuses a subject twice in a semester, a semester past the count, and fewer semesters than used', async () => {
    const { curriculum } = await buildStructure(h);
    const base = { curriculumId: curriculum.id, newSubject: { name: 'Fizika' }, credit: 4 };
    await h.ok('structure.saveCurriculumSubject', { ...base, semester: '17' }, h.adminToken);
    const before = auditCount(h);
    const twice = await h.call('structure.saveCurriculumSubject', { ...base, semester: '17' }, h.adminToken);
    expect(issuesOf(twice)).toEqual([{ path: 'subjectId', key: 'validation.structure.subjectTaken' }]);
    const outside = await h.call('structure.saveCurriculumSubject', { ...base, semester: '19' }, h.adminToken);
    expect(issuesOf(outside)).toEqual([{ path: 'semester', key: 'validation.structure.semesterOutside' }]);
    const credit = await h.call(
      'structure.saveCurriculumSubject',
      { ...base, semester: '11', credit: 0 },
      h.adminToken,
    );
    expect(issuesOf(credit)).toEqual([{ path: 'credit', key: 'validation.structure.credit' }]);
    const shrink = await h.call('structure.saveCurriculum', { ...curriculum, semesterCount: 6 }, h.adminToken);
    expect(issuesOf(shrink)).toEqual([{ path: 'semesterCount', key: 'validation.structure.semesterInUse' }]);
    const gpa = await h.call('structure.saveCurriculum', { ...curriculum, gpaLimit: 2.3 }, h.adminToken);
    expect(issuesOf(gpa)).toEqual([{ path: 'gpaLimit', key: 'validation.structure.gpaLimit' }]);
    expect(auditCount(h)).toBe(before);
    expect(rows(h, 'select count(*) as n from subjects')[0]?.n).toBe(1); // the rolled-back new subject is not kept
  });

  it('removes an unused subject; one with students stays (deactivate instead)', async () => {
    const { curriculum, g1 } = await buildStructure(h);
    const d = await h.ok(
      'structure.saveCurriculumSubject',
      { curriculumId: curriculum.id, newSubject: { name: 'Tarix' }, semester: '11', credit: 4 },
      h.adminToken,
    );
    const d2 = await h.ok(
      'structure.saveCurriculumSubject',
      { curriculumId: curriculum.id, newSubject: { name: 'Kimyo' }, semester: '11', credit: 4 },
      h.adminToken,
    );
    const [tarix, kimyo] = [d.subjects[0]!, d2.subjects.find((s) => s.subjectName === 'Kimyo')!];
    await addStudents(h, [['Karimov', 'Ali']], g1.id);
    await h.ok(
      'structure.assignSubjects',
      { groupId: g1.id, curriculumSubjectIds: [tarix.id], educationYear: '2026' },
      h.adminToken,
    );
    const used = await h.call('structure.removeCurriculumSubject', { id: tarix.id }, h.adminToken);
    expect(used.ok === false && used.error.key).toBe('error.structure.subjectInUse');
    const after = await h.ok('structure.removeCurriculumSubject', { id: kimyo.id }, h.adminToken);
    expect(after.subjects.map((s) => [s.subjectName, s.students])).toEqual([['Tarix', 1]]);
  });

  it('a semester can be dated and made current (one per curriculum)', async () => {
    const { curriculum } = await buildStructure(h);
    await h.ok(
      'structure.saveSemester',
      { curriculumId: curriculum.id, code: '11', educationYear: '2026', current: true },
      h.adminToken,
    );
    const d = await h.ok(
      'structure.saveSemester',
      {
        curriculumId: curriculum.id,
        code: '12',
        educationYear: '2026',
        startDate: '2027-02-01',
        endDate: '2027-06-30',
        current: true,
      },
      h.adminToken,
    );
    expect(d.semesters.filter((s) => s.current).map((s) => s.code)).toEqual(['12']);
    const bad = await h.call(
      'structure.saveSemester',
      {
        curriculumId: curriculum.id,
        code: '12',
        educationYear: '2026',
        startDate: '2027-02-01',
        endDate: '2027-01-01',
      },
      h.adminToken,
    );
    expect(issuesOf(bad)).toEqual([{ path: 'endDate', key: 'validation.structure.endBeforeStart' }]);
  });
});

describe('groups and employees', () => {
  it('a group change moves its students’ placement columns, not their search text', async () => {
    const { g1, faculty, specialty, curriculum } = await buildStructure(h);
    const tutor = await h.ok(
      'structure.saveEmployee',
      { lastName: "G'ulomov", firstName: 'Sanjar', phone: '90 123 45 67' },
      h.adminToken,
    );
    expect(tutor).toMatchObject({ lastName: 'Gʻulomov', phone: '+998901234567' });
    const [id] = await addStudents(h, [['Karimov', 'Ali']], g1.id);
    const before = rows(h, 'select search_text, course, updated_at from students where id = ?', id)[0]!;
    h.clock.advance(60_000);
    const g = await h.ok(
      'structure.saveGroup',
      {
        ...g1,
        course: 2,
        tutorId: tutor.id,
        departmentId: faculty.id,
        specialtyId: specialty.id,
        curriculumId: curriculum.id,
      },
      h.adminToken,
    );
    expect(g).toMatchObject({ course: 2, tutor: 'Gʻulomov Sanjar', students: 1 });
    const after = rows(h, 'select search_text, course, updated_at from students where id = ?', id)[0]!;
    expect(after.course).toBe(2);
    expect(after.search_text).toBe(before.search_text);
    expect(after.updated_at).not.toBe(before.updated_at);
    expect((await h.ok('structure.groups', { course: 2 }, h.adminToken)).map((x) => x.name)).toEqual(['IQT-26-01']);
    expect((await h.ok('structure.employees', { query: 'gʻul' }, h.adminToken)).length).toBe(1);
  });

  it('refuses a taken name (spaces and case aside), a curriculum of another programme, a course past it', async () => {
    const { g1, faculty } = await buildStructure(h);
    const other = await h.ok(
      'structure.saveSpecialty',
      { code: '60410200', nameUzLatn: 'Buxgalteriya', departmentId: faculty.id, educationType: '11' },
      h.adminToken,
    );
    const before = auditCount(h);
    const taken = await h.call('structure.saveGroup', { ...g1, id: undefined, name: 'iqt-26-01 ' }, h.adminToken);
    expect(issuesOf(taken)).toEqual([{ path: 'name', key: 'validation.structure.groupNameTaken' }]);
    const wrong = await h.call('structure.saveGroup', { ...g1, specialtyId: other.id }, h.adminToken);
    expect(issuesOf(wrong)).toEqual([{ path: 'curriculumId', key: 'validation.structure.curriculumSpecialty' }]);
    const course = await h.call('structure.saveGroup', { ...g1, course: 5 }, h.adminToken);
    expect(issuesOf(course)).toEqual([{ path: 'course', key: 'validation.structure.courseOutside' }]);
    const phone = await h.call('structure.saveEmployee', { lastName: 'A', firstName: 'B', phone: '123' }, h.adminToken);
    expect(issuesOf(phone)).toEqual([{ path: 'phone', key: 'validation.invalidPhone' }]);
    expect(auditCount(h)).toBe(before);
  });

  it('the front desk and the viewer read the structure but may not change it', async () => {
    await buildStructure(h);
    for (const role of ['front_office', 'viewer', 'archive'] as const) {
      const token = await h.signInAs(role);
      expect((await h.ok('structure.groups', {}, token)).length).toBe(2);
      const res = await h.call('structure.saveDepartment', { code: 'X', nameUzLatn: 'X', structureType: '11' }, token);
      expect(res.ok === false && res.error.code).toBe('FORBIDDEN');
    }
    const back = await h.signInAs('back_office');
    expect(
      (await h.call('structure.saveDepartment', { code: 'X', nameUzLatn: 'X', structureType: '11' }, back)).ok,
    ).toBe(true);
  });
});
