import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StructureImportKind } from '../../../src-shared/domain/structure-import-sheets';
import { startHarness, type Harness } from '../../../test/support/harness';
import { waitForJob } from '../hemis/test-helpers';
import { addStudents, auditCount, buildStructure, rows } from './test-fixtures';

let h: Harness;
let s: Awaited<ReturnType<typeof buildStructure>>;
beforeEach(async () => {
  h = await startHarness();
  s = await buildStructure(h);
});
afterEach(() => h.dispose());

type Line = (string | number | null)[];

/** An .xlsx as an office would make it; `formats` sets number formats by cell address (`B4`). */
async function workbook(lines: Line[], formats: Record<string, string> = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Roʻyxat');
  for (const line of lines) ws.addRow(line);
  for (const [address, numFmt] of Object.entries(formats)) ws.getCell(address).numFmt = numFmt;
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function run(kind: StructureImportKind, data: string, dryRun: boolean, fileName = 'tuzilma.xlsx') {
  const { jobId } = await h.ok('structure.importStructure', { kind, fileName, data, dryRun }, h.adminToken);
  const job = await waitForJob(h, jobId);
  const res = await h.call('structure.importStructureResult', { jobId }, h.adminToken);
  return { job, res, data: res.ok ? res.data : null };
}

const errorsOf = (r: Awaited<ReturnType<typeof run>>) => r.data?.errors.map((e) => [e.row, e.column, e.key]);
const dept = (code: string) =>
  rows(h, 'select * from departments where code = ?', code)[0] as Record<string, string | null> | undefined;

describe('departments from Excel', () => {
  const file = () =>
    workbook([
      ['Universitet tuzilmasi, 2026'],
      [],
      ['Kod', 'Nomi', 'Nomi (kirill)', 'Turi', 'Yuqori boʻlim'],
      ['102-1', 'Buxgalteriya kafedrasi', null, 'Kafedra', 'MOLIYA FAKULTETI'],
      ['102', 'Moliya fakulteti', null, 'Fakultet', null],
      [101, 'Iqtisodiyot fakulteti', null, 11, null],
      ['101-2', 'Тарих кафедраси', null, 'Кафедра', '101'],
      ['101-1', 'Oliy matematika kafedrasi', null, 'kafedra', 'iqtisodiyot  fakulteti'],
    ]);

  it('a dry run counts what the import then writes in one command; a parent may come later; re-import changes nothing', async () => {
    const data = await file();
    const before = auditCount(h);
    const dry = await run('departments', data, true);
    expect(dry.job.state).toBe('succeeded');
    expect(dry.data).toMatchObject({ kind: 'departments', dryRun: true, written: false, rows: 5, errors: [] });
    expect(dry.data).toMatchObject({ inserted: 3, updated: 0, unchanged: 2 });
    expect(auditCount(h)).toBe(before);
    expect(dept('102')).toBeUndefined();

    const real = await run('departments', data, false);
    expect(real.data).toMatchObject({ written: true, inserted: 3, updated: 0, unchanged: 2, errors: [] });
    expect(auditCount(h)).toBe(before + 1);
    const audit = rows(h, 'select command from audit_log order by seq desc limit 1')[0];
    expect(audit?.command).toBe('structure.importStructure');
    expect(dept('102-1')?.parent_id).toBe(dept('102')?.id);
    expect(dept('102-1')).toMatchObject({ structure_type: '12', name_uz_cyrl: 'Бухгалтерия кафедраси' });
    // A Latin name typed in Cyrillic is stored in both scripts, as the form does.
    expect(dept('101-2')).toMatchObject({
      name_uz_latn: 'Tarix kafedrasi',
      name_uz_cyrl: 'Тарих кафедраси',
      parent_id: s.faculty.id,
    });

    const again = await run('departments', data, false);
    expect(again.data).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
    expect(auditCount(h)).toBe(before + 1);
  });

  it('an update keeps what an empty optional cell does not say, and counts only real changes', async () => {
    await h.ok(
      'structure.saveDepartment',
      { ...s.chair, nameUzCyrl: 'Олий математика кафедраси (тузатилган)' },
      h.adminToken,
    );
    const data = await workbook([
      ['Kod', 'Nomi', 'Turi', 'Nomi (rus tilida)'],
      ['101-1', 'Oliy matematika kafedrasi', 'Kafedra', 'Кафедра высшей математики'],
    ]);
    const res = await run('departments', data, false);
    expect(res.data).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect(dept('101-1')).toMatchObject({
      name_uz_cyrl: 'Олий математика кафедраси (тузатилган)',
      name_ru: 'Кафедра высшей математики',
      parent_id: s.faculty.id,
    });
  });

  it('a file with bad rows writes nothing and names every row and column: cycles, unknown parents, bad types, repeats', async () => {
    const data = await workbook([
      ['Kod', 'Nomi', 'Turi', 'Yuqori boʻlim'],
      ['X1', 'Alfa boʻlimi', 'Bo‘lim', 'X2'],
      ['X2', 'Beta boʻlimi', "Bo'lim", 'X1'],
      ['X3', 'Gamma kafedrasi', 'Kafedra', 'Nomaʼlum fakultet'],
      ['X4', 'Delta', 'Fakulteeet', null],
      ['x1', 'Alfa 2', 'Boʻlim', null],
      ['101', 'Iqtisodiyot fakulteti', 'Fakultet', '101-1'],
      ['X5', '', 'Markaz', null],
    ]);
    const before = auditCount(h);
    const res = await run('departments', data, false);
    expect(res.data?.written).toBe(false);
    expect(errorsOf(res)).toEqual([
      [2, 'Yuqori boʻlim', 'validation.structure.parentCycle'],
      [3, 'Yuqori boʻlim', 'validation.structure.parentCycle'],
      [4, 'Yuqori boʻlim', 'validation.structure.import.parentNotFound'],
      [5, 'Turi', 'validation.structure.import.structureType'],
      [6, 'Kod', 'validation.structure.import.repeated'],
      [7, 'Yuqori boʻlim', 'validation.structure.parentCycle'],
      [8, 'Nomi', 'validation.required'],
    ]);
    expect(res.data?.errors[2]?.params).toEqual({ value: 'Nomaʼlum fakultet' });
    expect(auditCount(h)).toBe(before);
    expect(dept('X3')).toBeUndefined();
  });

  it('a sheet without the needed header is a clear failure of the job', async () => {
    const res = await run(
      'departments',
      await workbook([
        ['Guruh', 'Yoʻnalish'],
        ['A', 'B'],
      ]),
      false,
    );
    expect(res.job.state).toBe('failed');
    expect(res.res.ok === false && res.res.error.key).toBe('error.structure.import.noHeader.departments');
  });
});

describe('specialties from Excel', () => {
  it('codes stay text: a number Excel shows with leading zeros keeps them; the faculty by code or Cyrillic name', async () => {
    const data = await workbook(
      [
        ['Yoʻnalish kodi', 'Yoʻnalish nomi', 'Fakultet', 'Taʼlim turi'],
        [60410100, 'Iqtisodiyot', 101, 'Bakalavriat'],
        [6110100, 'Pedagogika', 'Иқтисодиёт факультети', 11],
        ['70410101', 'Iqtisodiyot (magistratura)', '101', null],
        ['00230100', 'Filologiya', 'Iqtisodiyot fakulteti', 'Магистратура'],
      ],
      { A3: '00000000' },
    );
    const dry = await run('specialties', data, true);
    expect(dry.data).toMatchObject({ inserted: 3, updated: 0, unchanged: 1, errors: [] });
    const real = await run('specialties', data, false);
    expect(real.data).toMatchObject({ written: true, inserted: 3, unchanged: 1 });
    const list = await h.ok('structure.specialties', {}, h.adminToken);
    expect(list.map((x) => [x.code, x.educationType, x.departmentId === s.faculty.id])).toEqual([
      ['00230100', '12', true],
      ['06110100', '11', true],
      ['60410100', '11', true],
      ['70410101', '12', true],
    ]);
    expect(list.find((x) => x.code === '06110100')?.nameUzCyrl).toBe('Педагогика');

    const renamed = await workbook([
      ['Kod', 'Nomi', 'Fakultet', 'Taʼlim turi'],
      ['60410100', 'Iqtisodiyot (tarmoqlar boʻyicha)', '101', 'Bakalavriat'],
      ['06110100', 'Pedagogika', '101', 'Bakalavriat'],
    ]);
    const again = await run('specialties', renamed, false);
    expect(again.data).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
  });

  it('reads CSV with Russian headers; an unknown faculty is a row error', async () => {
    const csv = [
      'Код специальности;Наименование специальности;Факультет;Тип образования',
      '0061010;Математика;Физмат;Бакалавриат',
      '60540100;Математика;Экономический факультет;',
    ].join('\n');
    const res = await run('specialties', Buffer.from(csv).toString('base64'), false, 'spec.csv');
    expect(errorsOf(res)).toEqual([
      [2, 'Факультет', 'validation.structure.import.facultyNotFound'],
      [3, 'Факультет', 'validation.structure.import.facultyNotFound'],
    ]);
    expect(res.data?.written).toBe(false);
  });
});

describe('groups from Excel', () => {
  it('matches by name in any script and apostrophe form, finds curriculum and tutor, and moves the students along', async () => {
    await h.ok(
      'structure.saveEmployee',
      { lastName: 'Toʻxtayev', firstName: 'Gʻayrat', patronymic: 'Shavkat oʻgʻli' },
      h.adminToken,
    );
    const [studentId] = await addStudents(h, [['Joʻrayev', 'Bobur']], s.g1.id);
    const data = await workbook([
      ['Guruh', 'Yoʻnalish kodi', 'Taʼlim tili', 'Taʼlim shakli', 'Kurs', 'Oʻquv reja', 'Tyutor'],
      ['ИҚТ-26-01', '60410100', 'Oʻzbek', 'Kunduzgi', 2, 'iqtisodiyot 2026 KUNDUZGI', "To'xtayev G'ayrat"],
      ['IQT-26-03', 60410100, 'Рус', 'Sirtqi', '1-kurs', null, null],
      ['iqt-26-02', '60410100 Iqtisodiyot', 11, 11, 1, null, null],
    ]);
    const dry = await run('groups', data, true);
    expect(dry.data).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, errors: [] });
    expect(rows(h, 'select course from students where id = ?', studentId)[0]?.course).toBe(1);

    const real = await run('groups', data, false);
    expect(real.data).toMatchObject({ written: true, inserted: 1, updated: 1, unchanged: 1 });
    const groups = await h.ok('structure.groups', {}, h.adminToken);
    expect(groups.map((g) => [g.name, g.course, g.educationLang, g.educationForm, g.curriculum, g.tutor])).toEqual([
      ['IQT-26-01', 2, '11', '11', 'Iqtisodiyot 2026 kunduzgi', 'Toʻxtayev Gʻayrat'],
      ['IQT-26-02', 1, '11', '11', 'Iqtisodiyot 2026 kunduzgi', null],
      ['IQT-26-03', 1, '12', '13', null, null],
    ]);
    expect(groups.find((g) => g.name === 'IQT-26-03')?.departmentId).toBe(s.faculty.id);
    // The group's students follow it, as after the group form.
    expect(rows(h, 'select course from students where id = ?', studentId)[0]?.course).toBe(2);

    const again = await run('groups', data, false);
    expect(again.data).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
  });

  it('the group form’s rules apply per row; one bad row rejects the file', async () => {
    const data = await workbook([
      ['Guruhlar roʻyxati'],
      ['Guruh', 'Fakultet', 'Yoʻnalish', 'Til', 'Shakl', 'Kurs', 'Oʻquv reja', 'Tyutor'],
      ['IQT-26-05', null, '60410100', 'Oʻzbek', 'Kunduzgi', 5, 'Iqtisodiyot 2026 kunduzgi', null],
      ['IQT-26-06', 'Nomaʼlum', '99999999', 'Nemis', 'Kunduzgi', 1, null, 'Nomaʼlum Xodim'],
      ['IQT-26-07', '101', '60410100', 'Rus', 'Kunduzgi', 1, 'Yoʻq reja', null],
      ['IQT-26-08', '101', '60410100', 'Rus', 'Kunduzgi', 1, null, null],
    ]);
    const before = auditCount(h);
    const res = await run('groups', data, false);
    expect(errorsOf(res)).toEqual([
      [3, 'Kurs', 'validation.structure.courseOutside'],
      [4, 'Til', 'validation.structure.import.educationLang'],
      [5, 'Oʻquv reja', 'validation.structure.import.curriculumNotFound'],
    ]);
    expect(res.data).toMatchObject({ written: false, rows: 4 });
    expect(auditCount(h)).toBe(before);
    expect(rows(h, "select count(*) as n from groups where name = 'IQT-26-08'")[0]?.n).toBe(0);

    const refs = await workbook([
      ['Guruh', 'Fakultet', 'Yoʻnalish', 'Til', 'Shakl', 'Kurs', 'Tyutor'],
      ['IQT-26-06', 'Nomaʼlum', '99999999', 'Oʻzbek', 'Kunduzgi', 1, null],
      ['IQT-26-09', '101', '60410100', 'Oʻzbek', 'Kunduzgi', 1, 'Nomaʼlum Xodim'],
    ]);
    expect(errorsOf(await run('groups', refs, false))).toEqual([
      [2, 'Fakultet', 'validation.structure.import.facultyNotFound'],
      [2, 'Yoʻnalish', 'validation.structure.import.specialtyNotFound'],
      [3, 'Tyutor', 'validation.structure.import.tutorNotFound'],
    ]);
  });
});
