import type { Harness } from '../../../test/support/harness';

/** A small structure built through the channels, as the back office would: faculty, specialty, curriculum, groups. */
export async function buildStructure(h: Harness, token = h.adminToken) {
  const faculty = await h.ok(
    'structure.saveDepartment',
    { code: '101', nameUzLatn: 'Iqtisodiyot fakulteti', structureType: '11' },
    token,
  );
  const chair = await h.ok(
    'structure.saveDepartment',
    { code: '101-1', nameUzLatn: 'Oliy matematika kafedrasi', structureType: '12', parentId: faculty.id },
    token,
  );
  const specialty = await h.ok(
    'structure.saveSpecialty',
    { code: '60410100', nameUzLatn: 'Iqtisodiyot', departmentId: faculty.id, educationType: '11' },
    token,
  );
  const curriculum = await h.ok(
    'structure.saveCurriculum',
    {
      name: 'Iqtisodiyot 2026 kunduzgi',
      specialtyId: specialty.id,
      educationYear: '2026',
      educationType: '11',
      educationForm: '11',
      semesterCount: 8,
    },
    token,
  );
  const group = (name: string, course = 1) =>
    h.ok(
      'structure.saveGroup',
      {
        name,
        departmentId: faculty.id,
        specialtyId: specialty.id,
        curriculumId: curriculum.id,
        educationLang: '11',
        educationForm: '11',
        course,
      },
      token,
    );
  const g1 = await group('IQT-26-01');
  const g2 = await group('IQT-26-02');
  return { faculty, chair, specialty, curriculum, g1, g2 };
}

export async function addStudents(h: Harness, names: [string, string][], groupId: string | null = null) {
  const ids: string[] = [];
  for (const [last, first] of names) {
    const s = await h.ok('students.create', { lastNameLat: last, firstNameLat: first, groupId }, h.adminToken);
    ids.push(s.id);
  }
  return ids;
}

export function rows(h: Harness, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  return h.backend.services.store.reader.prepare(sql).all(...params) as Record<string, unknown>[];
}

export function auditCount(h: Harness): number {
  return (h.backend.services.store.reader.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
}
