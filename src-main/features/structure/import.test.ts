import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import { waitForJob } from '../hemis/test-helpers';
import { auditCount, buildStructure, rows } from './test-fixtures';

let h: Harness;
let s: Awaited<ReturnType<typeof buildStructure>>;
beforeEach(async () => {
  h = await startHarness();
  s = await buildStructure(h);
});
afterEach(() => h.dispose());

async function workbook(lines: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Reja');
  for (const line of lines) ws.addRow(line);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function run(data: string, dryRun: boolean, fileName = 'reja.xlsx') {
  const { jobId } = await h.ok(
    'structure.importSubjects',
    { curriculumId: s.curriculum.id, fileName, data, dryRun },
    h.adminToken,
  );
  const job = await waitForJob(h, jobId);
  const res = await h.call('structure.importSubjectsResult', { jobId }, h.adminToken);
  return { job, res };
}

const HEADER = [
  'Semestr',
  'Fan kodi',
  'Fan nomi',
  'Kredit',
  'Maʼruza',
  'Amaliy',
  'Mustaqil taʼlim',
  'Nazorat shakli',
  'Fan turi',
  'Kafedra',
];

describe('curriculum subjects from Excel', () => {
  it('a good file: the dry run counts exactly what the import then writes, in one command', async () => {
    const data = await workbook([
      ['Iqtisodiyot yoʻnalishi oʻquv rejasi (2026)'],
      [],
      HEADER,
      [1, 'MAT101', 'Oliy matematika', 6, 30, 30, 120, 'Imtihon', 'Majburiy', '101-1'],
      [1, 'UZB101', "O'zbek tili", '4,5', null, 60, 75, 'Sinov', 'Majburiy', 'Oliy matematika kafedrasi'],
      ['2-semestr', null, 'Ўзбекистон тарихи', 4, 30, 30, 60, 'Imtihon', 'Tanlov', null],
      [null, null, null, null],
    ]);
    const before = auditCount(h);
    const dry = await run(data, true);
    expect(dry.job.state).toBe('succeeded');
    expect(dry.res.ok && dry.res.data).toMatchObject({
      dryRun: true,
      written: false,
      rows: 3,
      created: 3,
      updated: 0,
      newSubjects: 3,
      errors: [],
    });
    expect(auditCount(h)).toBe(before);
    expect(rows(h, 'select count(*) as n from curriculum_subjects')[0]?.n).toBe(0);

    const real = await run(data, false);
    expect(real.res.ok && real.res.data).toMatchObject({
      dryRun: false,
      written: true,
      rows: 3,
      created: 3,
      newSubjects: 3,
    });
    expect(auditCount(h)).toBe(before + 1);
    const detail = await h.ok('structure.curriculum', { id: s.curriculum.id }, h.adminToken);
    expect(detail.creditsBySemester).toEqual({ '11': 10.5, '12': 4 });
    expect(detail.subjects.map((x) => [x.subjectName, x.semester, x.examFinish, x.subjectType, x.department])).toEqual([
      ['Oliy matematika', '11', '11', '11', 'Oliy matematika kafedrasi'],
      ['Oʻzbek tili', '11', '12', '11', 'Oliy matematika kafedrasi'],
      ['Oʻzbekiston tarixi', '12', '11', '12', null],
    ]);

    // The same file again changes nothing.
    const again = await run(data, false);
    expect(again.res.ok && again.res.data).toMatchObject({ created: 0, updated: 0, unchanged: 3, newSubjects: 0 });
  });

  it('a file with bad rows writes nothing and names every row and column', async () => {
    const data = await workbook([
      HEADER,
      [1, null, 'Oliy matematika', 6, 30, 30, 120, 'Imtihon', 'Majburiy', null],
      [9, null, 'Fizika', 4, null, null, null, null, null, null],
      [1, null, '', 'yarim', 'koʻp', null, null, 'ogʻzaki', null, null],
      [1, null, 'Oliy  matematika', 4, null, null, null, null, null, null],
      [2, null, 'Kimyo', 4, null, null, null, null, null, 'Nomaʼlum kafedra'],
    ]);
    const before = auditCount(h);
    const { res } = await run(data, false);
    expect(res.ok && res.data.written).toBe(false);
    expect(res.ok && res.data.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [3, 'Semestr', 'validation.structure.semesterOutside'],
      [4, 'Fan nomi', 'validation.required'],
      [4, 'Kredit', 'validation.structure.credit'],
      [4, 'Maʼruza', 'validation.structure.import.hours'],
      [4, 'Nazorat shakli', 'validation.structure.import.examFinish'],
      [5, 'Fan nomi', 'validation.structure.import.duplicate'],
      [6, 'Kafedra', 'validation.structure.import.department'],
    ]);
    expect(auditCount(h)).toBe(before);
    expect(rows(h, 'select count(*) as n from subjects')[0]?.n).toBe(0);
  });

  it('reads CSV with Russian headers; a sheet without a header is a clear failure', async () => {
    const csv = 'Семестр;Наименование предмета;Кредит;Лекция;Форма контроля\n3;Эконометрика;5;30;Экзамен\n';
    const { res } = await run(Buffer.from(csv).toString('base64'), false, 'plan.csv');
    expect(res.ok && res.data).toMatchObject({ written: true, created: 1 });
    const detail = await h.ok('structure.curriculum', { id: s.curriculum.id }, h.adminToken);
    expect(detail.subjects[0]).toMatchObject({ subjectName: 'Ekonometrika', semester: '13', hours: { '11': 30 } });

    const bad = await run(Buffer.from('a;b\n1;2\n').toString('base64'), false, 'x.csv');
    expect(bad.job.state).toBe('failed');
    expect(bad.res.ok === false && bad.res.error.key).toBe('error.structure.import.noHeader');
  });

  it('an unknown curriculum is refused before any job starts', async () => {
    const res = await h.call(
      'structure.importSubjects',
      { curriculumId: '01900000-0000-7000-8000-000000000000', fileName: 'a.csv', data: 'YQ==' },
      h.adminToken,
    );
    expect(res.ok === false && res.error.code).toBe('NOT_FOUND');
  });
});
