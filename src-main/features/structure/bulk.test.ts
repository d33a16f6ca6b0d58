import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import { addStudents, auditCount, buildStructure, rows } from './test-fixtures';

let h: Harness;
let s: Awaited<ReturnType<typeof buildStructure>>;
beforeEach(async () => {
  h = await startHarness();
  s = await buildStructure(h);
});
afterEach(() => h.dispose());

const lastAudit = () =>
  rows(h, 'select command, changes from audit_log order by seq desc limit 1').map((r) => ({
    command: r.command as string,
    changes: JSON.parse(r.changes as string) as { table: string; id: string }[],
  }))[0]!;

describe('assign selected students to a group', () => {
  it('previews who moves, who is already there and who is blocked; the apply writes exactly that in one entry', async () => {
    const [a, b] = await addStudents(h, [
      ['Karimov', 'Ali'],
      ["Jo'rayev", 'Bobur'],
    ]);
    const [inG2] = await addStudents(h, [['Xasanova', 'Dilnoza']], s.g2.id);
    const [there] = await addStudents(h, [['Qodirov', 'Sanjar']], s.g1.id);
    const [gone] = await addStudents(h, [['Ergashev', 'Oktam']]);
    await h.ok(
      'students.update',
      { id: gone, lastNameLat: 'Ergashev', firstNameLat: 'Oktam', status: '12' },
      h.adminToken,
    );
    const input = { studentIds: [a, b, inG2, there, gone], groupId: s.g1.id };
    const preview = await h.ok('structure.assignGroupPreview', input, h.adminToken);
    expect(preview.items.map((i) => [i.name, i.outcome, i.reason, i.fromGroup])).toEqual([
      ['Karimov Ali', 'change', null, null],
      ['Joʻrayev Bobur', 'change', null, null],
      ['Xasanova Dilnoza', 'blocked', 'structure.blocked.hasGroup', 'IQT-26-02'],
      ['Qodirov Sanjar', 'already', null, 'IQT-26-01'],
      ['Ergashev Oktam', 'blocked', 'structure.blocked.status', null],
    ]);
    expect(preview.counts).toEqual({ change: 2, already: 1, blocked: 2 });
    const before = auditCount(h);
    const applied = await h.ok('structure.assignGroup', { ...input, token: preview.token }, h.adminToken);
    expect(applied).toEqual(preview);
    expect(auditCount(h)).toBe(before + 1);
    const entry = lastAudit();
    expect(entry.command).toBe('structure.assignGroup');
    expect(entry.changes.map((c) => [c.table, c.id])).toEqual([
      ['students', a],
      ['students', b],
    ]);
    const placed = rows(
      h,
      'select group_id, department_id, specialty_id, course, education_form, education_lang, education_type from students where id = ?',
      a,
    )[0];
    expect(placed).toEqual({
      group_id: s.g1.id,
      department_id: s.faculty.id,
      specialty_id: s.specialty.id,
      course: 1,
      education_form: '11',
      education_lang: '11',
      education_type: '11',
    });
    // A second apply finds everyone placed: nothing to write, nothing audited.
    const again = await h.ok('structure.assignGroup', input, h.adminToken);
    expect(again.counts.change).toBe(0);
    expect(auditCount(h)).toBe(before + 1);
  });

  it('refuses an apply whose preview no longer holds, and writes nothing', async () => {
    const [a, b] = await addStudents(h, [
      ['Karimov', 'Ali'],
      ['Toxtayev', 'Bobur'],
    ]);
    const preview = await h.ok('structure.assignGroupPreview', { studentIds: [a, b], groupId: s.g1.id }, h.adminToken);
    await h.ok('structure.assignGroup', { studentIds: [b], groupId: s.g2.id }, h.adminToken); // someone else placed b
    const before = auditCount(h);
    const res = await h.call(
      'structure.assignGroup',
      { studentIds: [a, b], groupId: s.g1.id, token: preview.token },
      h.adminToken,
    );
    expect(res.ok === false && res.error).toMatchObject({ code: 'CONFLICT', key: 'error.structure.planChanged' });
    expect(auditCount(h)).toBe(before);
    expect(rows(h, 'select group_id from students where id = ?', a)[0]?.group_id).toBeNull();
  });

  it('bad input names the field; an inactive group is refused', async () => {
    const empty = await h.call('structure.assignGroupPreview', { studentIds: [], groupId: s.g1.id }, h.adminToken);
    expect(empty.ok === false && empty.error.details?.issues).toEqual([
      { path: 'studentIds', key: 'validation.tooSmall', params: { min: 1 } },
    ]);
    await h.ok('structure.saveGroup', { ...s.g2, active: false }, h.adminToken);
    const [a] = await addStudents(h, [['Karimov', 'Ali']]);
    const inactive = await h.call('structure.assignGroup', { studentIds: [a], groupId: s.g2.id }, h.adminToken);
    expect(inactive.ok === false && inactive.error.details?.issues).toEqual([
      { path: 'groupId', key: 'validation.structure.groupInactive' },
    ]);
  });
});

describe('move students between groups', () => {
  it('moves with a group_change movement per student (effective date, reason, before/after) in one transaction', async () => {
    const [a, b] = await addStudents(
      h,
      [
        ['Karimov', 'Ali'],
        ['Xasanov', 'Bobur'],
      ],
      s.g1.id,
    );
    const [loose] = await addStudents(h, [['Yoldoshev', 'Sanjar']]);
    const input = { studentIds: [a, b, loose], groupId: s.g2.id, effectiveDate: '2026-12-01', reason: 'Ariza asosida' };
    const preview = await h.ok('structure.moveStudentsPreview', input, h.adminToken);
    expect(preview.items.map((i) => [i.outcome, i.reason])).toEqual([
      ['change', null],
      ['change', null],
      ['blocked', 'structure.blocked.noGroup'],
    ]);
    const before = auditCount(h);
    const applied = await h.ok('structure.moveStudents', { ...input, token: preview.token }, h.adminToken);
    expect(applied).toEqual(preview);
    expect(auditCount(h)).toBe(before + 1);
    expect(lastAudit().changes.map((c) => c.table)).toEqual([
      'students',
      'student_movements',
      'students',
      'student_movements',
    ]);
    const moves = rows(h, 'select * from student_movements order by created_at, student_id');
    expect(moves).toHaveLength(2);
    expect(moves[0]).toMatchObject({
      kind: 'group_change',
      from_group_id: s.g1.id,
      to_group_id: s.g2.id,
      effective_date: '2026-12-01',
      reason: 'Ariza asosida',
      order_id: null,
      created_by: 'admin',
    });
    expect(JSON.parse(moves[0]!.before as string)).toMatchObject({ groupId: s.g1.id });
    expect(JSON.parse(moves[0]!.after as string)).toMatchObject({ groupId: s.g2.id });
    expect(rows(h, 'select count(*) as n from students where group_id = ?', s.g2.id)[0]?.n).toBe(2);
  });

  it('a reason and a date are required', async () => {
    const [a] = await addStudents(h, [['Karimov', 'Ali']], s.g1.id);
    const res = await h.call(
      'structure.moveStudents',
      { studentIds: [a], groupId: s.g2.id, effectiveDate: '1.12.2026', reason: '' },
      h.adminToken,
    );
    expect(res.ok === false && res.error.details?.issues?.map((i) => i.path).sort()).toEqual([
      'effectiveDate',
      'reason',
    ]);
  });
});

describe('assign subjects for a year', () => {
  async function subjects() {
    const d = await h.ok(
      'structure.saveCurriculumSubject',
      { curriculumId: s.curriculum.id, newSubject: { name: 'Oliy matematika' }, semester: '11', credit: 6 },
      h.adminToken,
    );
    const d2 = await h.ok(
      'structure.saveCurriculumSubject',
      { curriculumId: s.curriculum.id, newSubject: { name: 'Fizika' }, semester: '11', credit: 4 },
      h.adminToken,
    );
    return [d.subjects[0]!.id, d2.subjects.find((x) => x.subjectName === 'Fizika')!.id];
  }

  it('a whole group gets its curriculum subjects; the re-run adds nothing', async () => {
    const [m, f] = await subjects();
    await addStudents(
      h,
      [
        ['Karimov', 'Ali'],
        ['Xasanov', 'Bobur'],
      ],
      s.g1.id,
    );
    const input = { groupId: s.g1.id, curriculumSubjectIds: [m, f], educationYear: '2026' };
    const preview = await h.ok('structure.assignSubjectsPreview', input, h.adminToken);
    expect(preview.counts).toEqual({ change: 4, already: 0, blocked: 0 });
    const before = auditCount(h);
    expect(await h.ok('structure.assignSubjects', { ...input, token: preview.token }, h.adminToken)).toEqual(preview);
    expect(auditCount(h)).toBe(before + 1);
    expect(rows(h, 'select distinct subject_group, restudy from student_subjects')).toEqual([
      { subject_group: 'IQT-26-01', restudy: 0 },
    ]);
    const again = await h.ok('structure.assignSubjectsPreview', input, h.adminToken);
    expect(again.counts).toEqual({ change: 0, already: 4, blocked: 0 });
  });

  it('a re-study group takes debtors of another curriculum; a regular assignment does not', async () => {
    const [m] = await subjects();
    const other = await h.ok(
      'structure.saveCurriculum',
      {
        name: 'Boshqa',
        specialtyId: s.specialty.id,
        educationYear: '2025',
        educationType: '11',
        educationForm: '13',
        semesterCount: 10,
      },
      h.adminToken,
    );
    const g3 = await h.ok(
      'structure.saveGroup',
      {
        name: 'IQT-25-S',
        departmentId: s.faculty.id,
        specialtyId: s.specialty.id,
        curriculumId: other.id,
        educationLang: '11',
        educationForm: '13',
        course: 2,
      },
      h.adminToken,
    );
    const [debtor] = await addStudents(h, [['Maʼrufov', 'Gayrat']], g3.id);
    const regular = await h.ok(
      'structure.assignSubjectsPreview',
      { studentIds: [debtor], curriculumSubjectIds: [m], educationYear: '2027' },
      h.adminToken,
    );
    expect(regular.items.map((i) => i.reason)).toEqual(['structure.blocked.otherCurriculum']);
    const noName = await h.call(
      'structure.assignSubjects',
      { studentIds: [debtor], curriculumSubjectIds: [m], educationYear: '2027', restudy: true },
      h.adminToken,
    );
    expect(noName.ok === false && noName.error.details?.issues).toEqual([
      { path: 'subjectGroup', key: 'validation.required' },
    ]);
    const restudy = await h.ok(
      'structure.assignSubjects',
      {
        studentIds: [debtor],
        curriculumSubjectIds: [m],
        educationYear: '2027',
        restudy: true,
        subjectGroup: 'Qayta oʻqish — matematika',
      },
      h.adminToken,
    );
    expect(restudy.counts.change).toBe(1);
    expect(rows(h, 'select restudy, subject_group, education_year from student_subjects')).toEqual([
      { restudy: 1, subject_group: 'Qayta oʻqish — matematika', education_year: '2027' },
    ]);
    const unknown = await h.call(
      'structure.assignSubjectsPreview',
      { groupId: s.g1.id, curriculumSubjectIds: [m, '01900000-0000-7000-8000-000000000000'], educationYear: '2026' },
      h.adminToken,
    );
    expect(unknown.ok === false && unknown.error.details?.issues).toEqual([
      { path: 'curriculumSubjectIds.1', key: 'validation.structure.notFound' },
    ]);
  });
});
