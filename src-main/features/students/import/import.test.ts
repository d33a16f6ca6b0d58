import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportResultInfo } from '../../../../src-shared/contract/students';
import { makePinfl } from '../../../../src-shared/domain/pinfl';
import { startHarness, type Harness } from '../../../../test/support/harness';
import type { ImportResult, importStudents as ImportStudents } from './import-students';
import type { SheetRow } from './read-sheet';
import type * as SheetWorkerHost from './sheet-worker-host';
import { sheetWorkerStats } from './sheet-worker-host';

const P1 = makePinfl('2005-04-12', 'male', 26, 17);
const P2 = makePinfl('2004-11-03', 'female', 30, 5);
const P3 = makePinfl('2006-01-20', 'male', 1, 9);

async function workbook(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Talabalar');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const HEADER = ['№', 'Familiya', 'Ism', 'Otasining ismi', 'JSHSHIR', "Tug'ilgan sana", 'Pasport', 'Telefon', 'Guruh'];

async function goodAndBad(): Promise<string> {
  return workbook([
    ['Talabalar roʻyxati (2026-2027 oʻquv yili)'],
    HEADER,
    [
      1,
      "Jo'rayev",
      'Bobur',
      "Shavkat o'g'li",
      Number(P1),
      new Date(Date.UTC(2005, 3, 12)),
      'AB 1234567',
      '90 123 45 67',
      'X-1',
    ],
    [2, 'Gʻafurova', 'Nilufar', 'Alisher qizi', P2, '03.11.2004', 'AC7654321', '+998 91 111 22 33', ''],
    [3, 'Qodirov', 'Elyor', '', P3, '2006-01-20', '', '', ''],
    [4, 'Karimov', 'Aziz', '', '123', '01.01.2005', '', '', ''],
    [5, 'Rahimov', 'Olim', '', makePinfl('2005-05-05', 'male', 2, 2), '01.01.2031', '', '', ''],
    [6, '', 'Ism', '', makePinfl('2005-06-06', 'male', 3, 3), '', '', '', ''],
    [7, '=HYPERLINK("x")', 'Ali', '', makePinfl('2005-07-07', 'male', 4, 4), '', '', '', ''],
    [8, 'Karim0v', 'Ali', '', makePinfl('2005-08-08', 'male', 5, 5), '', '', '', ''],
    [9, 'Boshqa', 'Odam', '', P1, '', '', '', ''],
    [10, 'K'.repeat(80), 'Ali', '', makePinfl('2005-09-09', 'male', 6, 6), '', '', '', ''],
  ]);
}

describe('student import', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.dispose());

  async function runImport(data: string, dryRun: boolean, fileName = 'talabalar.xlsx'): Promise<ImportResultInfo> {
    const { jobId } = await h.ok('students.import', { fileName, data, dryRun }, h.adminToken);
    for (;;) {
      const job = (await h.ok('jobs.list', {}, h.adminToken)).find((j) => j.id === jobId);
      if (job && job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    return h.ok('students.importResult', { jobId }, h.adminToken);
  }
  const studentCount = () =>
    (h.backend.services.store.reader.prepare('select count(*) as n from students').get() as { n: number }).n;

  it('dry run reports new and rejected rows by spreadsheet row number and writes nothing', async () => {
    const result = await runImport(await goodAndBad(), true);
    expect(result).toMatchObject({ dryRun: true, rows: 10, imported: 3, updated: 0, unchanged: 0, headerRow: 2 });
    const byRow = Object.fromEntries(result.rejected.map((r) => [r.row, r.issues.map((i) => i.key)]));
    expect(byRow).toEqual({
      6: ['validation.pinfl.format'],
      7: ['validation.birthDateFuture'],
      8: ['validation.required'],
      9: ['validation.nameFormula'],
      10: ['validation.nameChars'],
      11: ['validation.pinflRepeatedInFile'],
      12: ['validation.tooLong'],
    });
    expect(result.rejected.find((r) => r.row === 6)?.errors[0]).toBe('JSHSHIR: JSHSHIR 14 ta raqamdan iborat');
    expect(result.warnings.find((w) => w.row === 3)?.key).toBe('warning.groupNotFound');
    expect(studentCount()).toBe(0);
  });

  it('imports the good rows, normalised and searchable; a re-run changes nothing', async () => {
    const data = await goodAndBad();
    const result = await runImport(data, false);
    expect([result.imported, result.updated, result.unchanged, result.rejectedCount]).toEqual([3, 0, 0, 7]);
    expect(studentCount()).toBe(3);
    const { items } = await h.ok('students.search', { query: 'Жўраев' }, h.adminToken);
    const card = await h.ok('students.get', { id: items[0]!.id }, h.adminToken);
    expect(card).toMatchObject({
      lastNameLat: 'Joʻrayev',
      lastNameCyr: 'Жўраев',
      patronymicLat: 'Shavkat oʻgʻli',
      pinfl: P1,
      birthDate: '2005-04-12',
      passport: 'AB1234567',
      phone: '+998901234567',
    });
    const again = await runImport(data, false);
    expect([again.imported, again.updated, again.unchanged]).toEqual([0, 0, 3]);
    expect(studentCount()).toBe(3);
    const audit = await h.ok('audit.list', { command: 'students.import' }, h.adminToken);
    expect(audit.total).toBe(1);
  });

  it('updates by PINFL, and by student id when there is no PINFL; only the columns the file has', async () => {
    await runImport(await goodAndBad(), false);
    const changed = await workbook([
      ['JSHSHIR', 'Telefon', 'Familiya', 'Ism'],
      [P1, '+998 93 000 00 01', "Jo'rayev", 'Bobur'],
    ]);
    const r = await runImport(changed, false);
    expect([r.imported, r.updated, r.unchanged]).toEqual([0, 1, 0]);
    const { items } = await h.ok('students.search', { query: P1 }, h.adminToken);
    const card = await h.ok('students.get', { id: items[0]!.id }, h.adminToken);
    expect(card.phone).toBe('+998930000001');
    expect(card.passport).toBe('AB1234567');
    const history = await h.ok('students.history', { id: card.id }, h.adminToken);
    expect(history[0]?.changes).toEqual([{ field: 'phone', before: '+998901234567', after: '+998930000001' }]);
  });

  it('reads Russian and Cyrillic headers with Cyrillic names, and CSV with any delimiter', async () => {
    const ru = await workbook([
      ['Фамилия', 'Имя', 'Отчество', 'ПИНФЛ', 'Дата рождения'],
      ['Йўлдошева', 'Гулнора', 'Рустамовна', P2, '03.11.2004'],
    ]);
    expect((await runImport(ru, false)).imported).toBe(1);
    const found = await h.ok('students.search', { query: 'Yoʻldosheva Gul' }, h.adminToken);
    expect(found.items).toHaveLength(1);
    const csv = Buffer.from(`\ufeffFamiliya;Ism;JSHSHIR\n"Qodirov";Elyor;${P3}\n`).toString('base64');
    expect((await runImport(csv, false, 'royxat.csv')).imported).toBe(1);
  });

  it('a file that is not a workbook is a clear error and changes nothing', async () => {
    const res = await h.call(
      'students.importPreview',
      { fileName: 'rasm.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]).toString('base64') },
      h.adminToken,
    );
    expect(!res.ok && res.error.key).toBe('error.importNotWorkbook');
    const { jobId } = await h.ok(
      'students.import',
      { fileName: 'rasm.png', data: Buffer.from('\u0000\u0001garbage').toString('base64'), dryRun: false },
      h.adminToken,
    );
    for (;;) {
      const job = (await h.ok('jobs.list', {}, h.adminToken)).find((j) => j.id === jobId);
      if (job?.state !== 'running') {
        expect(job?.state).toBe('failed');
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const result = await h.call('students.importResult', { jobId }, h.adminToken);
    expect(!result.ok && result.error.key).toBe('error.importFailed');
    expect(studentCount()).toBe(0);
  });

  it('previews the detected mapping and sample rows', async () => {
    const preview = await h.ok(
      'students.importPreview',
      { fileName: 'a.xlsx', data: await goodAndBad() },
      h.adminToken,
    );
    expect(preview.headerRow).toBe(2);
    expect(preview.columns.map((c) => c.field)).toEqual([
      null,
      'lastNameLat',
      'firstNameLat',
      'patronymicLat',
      'pinfl',
      'birthDate',
      'passport',
      'phone',
      'group',
    ]);
    expect(preview.sample[0]?.cells[1]).toBe("Jo'rayev");
  });

  it('the full report downloads as a workbook listing every bad row', async () => {
    const { jobId } = await h.ok(
      'students.import',
      { fileName: 'a.xlsx', data: await goodAndBad(), dryRun: true },
      h.adminToken,
    );
    while ((await h.ok('jobs.list', {}, h.adminToken)).find((j) => j.id === jobId)?.state === 'running') {
      await new Promise((r) => setTimeout(r, 10));
    }
    const report = await h.ok('students.importReport', { jobId }, h.adminToken);
    expect(report.fileName).toBe('a-report.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(report.data, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows: number[] = [];
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(2).value === 'Xato') rows.push(Number(row.getCell(1).value));
    });
    expect(rows).toEqual([6, 7, 8, 9, 10, 11, 12]);
  });

  it('cancelling a large import leaves whole batches, and running it again completes it', async () => {
    const rows: unknown[][] = [['Familiya', 'Ism', 'JSHSHIR']];
    for (let i = 0; i < 5000; i++)
      rows.push([
        `Familiya${'a'.repeat(i % 7)}`,
        'Ism',
        makePinfl('2005-01-01', 'male', 1 + (i % 900), 1 + Math.floor(i / 900)),
      ]);
    const data = await workbook(rows);
    const services = h.backend.services;
    const { importStudents } = await import('./import-students');
    const workersBefore = sheetWorkerStats().started;
    const job = services.jobs.start('t', null, (ctx) =>
      importStudents(
        services,
        { id: null, login: 'test', kind: 'system' },
        { data: Buffer.from(data, 'base64'), fileName: 'big.xlsx' },
        { dryRun: false, locale: 'en', batchSize: 1000 },
        {
          ...ctx,
          progress: (done, total, step) => {
            ctx.progress(done, total, step);
            if (done >= 2000) services.jobs.cancel(job.id);
          },
        },
      ),
    );
    await expect(job.done).rejects.toThrow(/cancelled/);
    // The sheet worker was still reading (5,000 rows, cancelled at 2,000) and was stopped with the job.
    expect(sheetWorkerStats().running).toBe(0);
    expect(studentCount() % 1000).toBe(0);
    expect(studentCount()).toBeGreaterThan(0);
    const rest = await runImport(data, false, 'big.xlsx');
    expect(rest.imported + rest.unchanged).toBe(5000);
    expect(studentCount()).toBe(5000);
    expect(sheetWorkerStats()).toEqual({ started: workersBefore + 2, running: 0 });
  });

  describe('in the sheet worker', () => {
    /** A HEMIS-like list, long enough to take many worker chunks, with some bad rows and an unknown group. */
    async function hemisList(count: number): Promise<string> {
      const rows: unknown[][] = [['Talabalar roʻyxati'], HEADER];
      for (let i = 0; i < count; i++) {
        const birth = `${2000 + (i % 8)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        rows.push([
          i + 1,
          i % 250 === 7 ? '' : ['Joʻrayev', 'Qodirov', 'Gʻafurova', 'Xasanov'][i % 4],
          ['Bobur', 'Nilufar', 'Elyor', 'Gulnora'][(i >> 2) % 4],
          '',
          Number(makePinfl(birth, i % 2 === 1 ? 'female' : 'male', 1 + (i % 999), 1 + Math.floor(i / 999))),
          new Date(`${birth}T00:00:00Z`),
          `A${String.fromCharCode(65 + (i % 26))}${String(1_000_000 + i).padStart(7, '0')}`,
          '',
          i % 100 === 0 ? 'Z-99' : '',
        ]);
      }
      return workbook(rows);
    }

    it('imports a real workbook through the worker and leaves no thread running', async () => {
      const before = sheetWorkerStats().started;
      const result = await runImport(await hemisList(2400), false);
      expect(sheetWorkerStats()).toEqual({ started: before + 1, running: 0 });
      expect([result.rows, result.imported, result.rejectedCount, result.warningCount]).toEqual([2400, 2390, 10, 24]);
      expect(studentCount()).toBe(2390);
      const { items } = await h.ok('students.search', { query: 'AB1000001' }, h.adminToken);
      expect(items).toHaveLength(1);
    });

    it('gives the report the in-thread reader gives for the same file', async () => {
      const data = Buffer.from(await hemisList(2400), 'base64');
      const services = h.backend.services;
      const actor = { id: null, login: 'test', kind: 'system' } as const;
      const dryRun = async (importStudents: typeof ImportStudents) =>
        services.jobs.start('t', null, (ctx) =>
          importStudents(
            services,
            actor,
            { data: Buffer.from(data), fileName: 'a.xlsx' },
            { dryRun: true, locale: 'en' },
            ctx,
          ),
        ).done;
      const before = sheetWorkerStats().started;
      const viaWorker = await dryRun((await import('./import-students')).importStudents);
      expect(sheetWorkerStats().started).toBe(before + 1);
      vi.resetModules();
      vi.doMock('./sheet-worker-host', async (original) => ({
        ...(await original<typeof SheetWorkerHost>()),
        sheetWorkerRows: (_data: Buffer, _fileName: string, inThread: () => AsyncGenerator<SheetRow>) => inThread(),
      }));
      let inThread: ImportResult;
      try {
        inThread = await dryRun((await import('./import-students')).importStudents);
      } finally {
        vi.doUnmock('./sheet-worker-host');
        vi.resetModules();
      }
      expect(sheetWorkerStats().started).toBe(before + 1);
      expect(viaWorker.imported).toBe(2390);
      expect(viaWorker).toEqual(inThread);
    });

    it('a damaged .xlsx fails with error.importNotWorkbook from the worker and writes nothing', async () => {
      const before = sheetWorkerStats().started;
      const whole = Buffer.from(await hemisList(2400), 'base64');
      const cut = whole.subarray(0, whole.length >> 1).toString('base64');
      const preview = await h.call('students.importPreview', { fileName: 'kesik.xlsx', data: cut }, h.adminToken);
      expect(!preview.ok && preview.error).toMatchObject({
        key: 'error.importNotWorkbook',
        params: { file: 'kesik.xlsx' },
      });
      const { jobId } = await h.ok(
        'students.import',
        { fileName: 'kesik.xlsx', data: cut, dryRun: false },
        h.adminToken,
      );
      let job = (await h.ok('jobs.list', {}, h.adminToken)).find((j) => j.id === jobId);
      while (job?.state === 'running') {
        await new Promise((r) => setTimeout(r, 10));
        job = (await h.ok('jobs.list', {}, h.adminToken)).find((j) => j.id === jobId);
      }
      expect(job).toMatchObject({
        state: 'failed',
        errorKey: 'error.importNotWorkbook',
        errorParams: { file: 'kesik.xlsx' },
      });
      expect(studentCount()).toBe(0);
      expect(sheetWorkerStats()).toEqual({ started: before + 2, running: 0 });
    });

    it('a failure in the importer stops the worker too', async () => {
      const before = sheetWorkerStats().started;
      const rows: unknown[][] = [];
      for (let i = 0; i < 3000; i++) rows.push([`a${i}`, `b${i}`, i]);
      const { jobId } = await h.ok(
        'students.import',
        { fileName: 'x.xlsx', data: await workbook(rows), dryRun: false },
        h.adminToken,
      );
      let job = (await h.ok('jobs.list', {}, h.adminToken)).find((j) => j.id === jobId);
      while (job?.state === 'running') {
        await new Promise((r) => setTimeout(r, 10));
        job = (await h.ok('jobs.list', {}, h.adminToken)).find((j) => j.id === jobId);
      }
      expect(job).toMatchObject({ state: 'failed', errorKey: 'error.importNoHeader' });
      expect(sheetWorkerStats()).toEqual({ started: before + 1, running: 0 });
    });
  });
});
