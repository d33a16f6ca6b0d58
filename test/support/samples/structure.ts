import type { ChannelInput } from '../../../src-shared/contract';
import type { structureChannels } from '../../../src-shared/contract/structure';

const NO_ID = '01900000-0000-7000-8000-000000000000';
const csv = (text: string) => Buffer.from(text).toString('base64');

/** One valid input per structure channel (see ../sample-inputs.ts). */
export const structureSamples: { [C in keyof typeof structureChannels]: ChannelInput<C> } = {
  'structure.departments': {},
  'structure.saveDepartment': { code: 'M-1', nameUzLatn: 'Matritsa fakulteti', structureType: '11' },
  'structure.specialties': {},
  'structure.saveSpecialty': { code: '60410100', nameUzLatn: 'Iqtisodiyot', departmentId: NO_ID, educationType: '11' },
  'structure.educationYears': {},
  'structure.saveEducationYear': { code: '2026' },
  'structure.markingSystems': {},
  'structure.saveMarkingSystem': {
    code: '13',
    gpaLimit: 2.4,
    minimumLimit: 60,
    borders: [
      { grade: 5, min: 90, max: 100 },
      { grade: 4, min: 70, max: 89 },
      { grade: 3, min: 60, max: 69 },
      { grade: 2, min: 0, max: 59 },
    ],
  },
  'structure.curricula': {},
  'structure.curriculum': { id: NO_ID },
  'structure.saveCurriculum': {
    name: 'Iqtisodiyot 2026',
    specialtyId: NO_ID,
    educationYear: '2026',
    educationType: '11',
    educationForm: '11',
    semesterCount: 8,
  },
  'structure.saveSemester': { curriculumId: NO_ID, code: '11', educationYear: '2026' },
  'structure.saveCurriculumSubject': {
    curriculumId: NO_ID,
    newSubject: { name: 'Oliy matematika' },
    semester: '11',
    credit: 6,
  },
  'structure.removeCurriculumSubject': { id: NO_ID },
  'structure.subjects': { query: 'mat' },
  'structure.saveSubject': { nameUzLatn: 'Matritsa fani' },
  'structure.groups': {},
  'structure.saveGroup': {
    name: 'MAT-26',
    departmentId: NO_ID,
    specialtyId: NO_ID,
    educationLang: '11',
    educationForm: '11',
    course: 1,
  },
  'structure.students': { unplaced: true },
  'structure.employees': {},
  'structure.saveEmployee': { lastName: 'Qodirov', firstName: 'Anvar' },
  'structure.assignGroupPreview': { studentIds: [NO_ID], groupId: NO_ID },
  'structure.assignGroup': { studentIds: [NO_ID], groupId: NO_ID },
  'structure.moveStudentsPreview': {
    studentIds: [NO_ID],
    groupId: NO_ID,
    effectiveDate: '2026-12-01',
    reason: 'ariza',
  },
  'structure.moveStudents': { studentIds: [NO_ID], groupId: NO_ID, effectiveDate: '2026-12-01', reason: 'ariza' },
  'structure.assignSubjectsPreview': { groupId: NO_ID, curriculumSubjectIds: [NO_ID], educationYear: '2026' },
  'structure.assignSubjects': { groupId: NO_ID, curriculumSubjectIds: [NO_ID], educationYear: '2026' },
  'structure.importSubjects': {
    curriculumId: NO_ID,
    fileName: 'reja.csv',
    data: csv('Semestr;Fan nomi;Kredit\n1;Fizika;4\n'),
  },
  'structure.importSubjectsResult': { jobId: 'no-such-job' },
  'structure.importStructure': {
    kind: 'departments',
    fileName: 'tuzilma.csv',
    data: csv('Kod;Nomi;Turi\nM-2;Matritsa fakulteti;Fakultet\n'),
  },
  'structure.importStructureResult': { jobId: 'no-such-job' },
};
