import ExcelJS from 'exceljs';
import { QUALITY_CHECKS } from '../../src-shared/contract/quality';
import { makePinfl } from '../../src-shared/domain/pinfl';
import { expect, seededTest } from './fixtures';
import { ALL_PAGES, AppShell } from './pages/app-shell';
import { SignInPage } from './pages/auth-pages';
import { ImportWizardPage, QualityPage, readDownloadedSheet, rpc } from './pages/import-pages';
import { StudentCardPage, StudentSearchPage } from './pages/student-pages';
import { shot } from './shot';

const CLERK = { login: 'import1', role: 'back_office', fullName: 'Xolmatova Zarina', password: 'back-office-pass-1' };

const P1 = makePinfl('2005-04-12', 'male', 26, 17);
const P2 = makePinfl('2004-11-03', 'female', 30, 5);
const P3 = makePinfl('2006-01-20', 'male', 1, 9);

/**
 * What a registrar's office really sends: a title row above the header, Uzbek headers, a name typed
 * with the ASCII apostrophe, one in Cyrillic, a date as an Excel date, a group the registry does not know
 * (a warning), a notes column nobody maps, and three rows that must not go in (sheet rows 6–8).
 */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Talabalar');
  ws.addRow(['Talabalar roʻyxati — 2026/2027 oʻquv yili']);
  ws.addRow(['Familiya', 'Ism', 'Otasining ismi', 'JSHSHIR', 'Tugʻilgan sana', 'Telefon', 'Guruh', 'Izoh']);
  ws.addRow(["Jo'rayev", 'Bobur', "Shavkat o'g'li", P1, '12.04.2005', '90 123 45 67', '911-21', '']);
  ws.addRow(['Йўлдошева', 'Гулнора', 'Рустам қизи', P2, new Date(Date.UTC(2004, 10, 3)), '', '', 'kirill']);
  ws.addRow(['Qodirov', 'Elyor', 'Anvar oʻgʻli', P3, '2006-01-20', '+998 91 111 22 33', '', '']);
  ws.addRow(['Karimov', 'Aziz', '', '1234567', '01.01.2005', '', '', 'JSHSHIR qisqa']);
  ws.addRow(['Rahimov', 'Olim', '', '', '01.01.2099', '', '', 'sana kelajakda']);
  ws.addRow([
    { formula: 'CONCATENATE("Ali","yev")', result: 'Aliyev' },
    'Vali',
    '',
    makePinfl('2005-07-07', 'male', 4, 4),
    '',
    '',
    '',
    'formula',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An empty registry and one back-office clerk, made by the CLI before the server starts (no setup screen). */
const test = seededTest('import', [CLERK], () => ({}));

test('import: a workbook with good and bad rows, dry run then real, found in every spelling; data quality', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const wizard = new ImportWizardPage(page);
  const file = await workbook();

  await test.step('the back office has the import and the data-quality pages', async () => {
    await page.goto('/');
    await new SignInPage(page).signIn(CLERK.login, CLERK.password);
    await shell.expectShell('back-office');
    // The admin-only and head-only pages are the ones a back-office clerk lacks.
    await shell.expectNav(
      ALL_PAGES.filter(
        (id) =>
          ![
            'requestTypes',
            'requestCalendar',
            'queueDesk',
            'queueIssue',
            'queueSettings',
            'documentsTemplates',
            'attendanceSettings',
            'users',
            'institution',
            'audit',
            'backups',
            'hemis',
            'settings',
            'check',
          ].includes(id),
      ),
    );
    await shell.go('studentImport');
    await expect(page.getByRole('heading', { name: 'Talabalarni import qilish' })).toBeVisible();
  });

  await test.step('a file that is not a workbook: a clear error, nothing changes', async () => {
    await wizard.drop('rasm.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await expect(page.getByRole('alert')).toHaveText(
      '«rasm.png» Excel (.xlsx) yoki CSV fayl emas: hech narsa oʻzgartirilmadi',
    );
    await expect(wizard.mapping).toHaveCount(0);
    await expect(page.getByTestId('import-drop')).toBeVisible();
    await shot(page, '20-import-not-workbook');
  });

  await test.step('the header under the title row is found and the columns mapped; a preset is saved', async () => {
    await wizard.choose('talabalar.xlsx', file);
    await expect(wizard.mapping).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('header-row')).toContainText('Ustun nomlari 2-qatorda; 7 ta ustun');
    expect(await wizard.fields()).toEqual([
      'lastNameLat',
      'firstNameLat',
      'patronymicLat',
      'pinfl',
      'birthDate',
      'phone',
      'group',
      '',
    ]);
    await expect(wizard.column(0)).toContainText("Jo'rayev · Йўлдошева · Qodirov");
    await wizard.savePreset('Dekanat roʻyxati');
    // A wrong choice (the notes column as the phone) takes the field from its column…
    await wizard.mapColumn(7, 'Telefon');
    expect((await wizard.fields()).slice(5)).toEqual(['', 'group', 'phone']);
    // …and the saved preset puts it back.
    await wizard.applyPreset('Dekanat roʻyxati');
    expect((await wizard.fields()).slice(5)).toEqual(['phone', 'group', '']);
    await shot(page, '21-import-mapping');
  });

  await test.step('the dry run lists exactly the bad rows by sheet row number and writes nothing', async () => {
    await wizard.dryRun();
    await expect(wizard.count('imported')).toHaveText('3');
    await expect(wizard.count('rejectedCount')).toHaveText('3');
    expect(await wizard.rejectedRows()).toEqual([6, 7, 8]);
    await expect(wizard.rejectedLine(6)).toContainText('JSHSHIR');
    await expect(wizard.rejectedLine(6)).toContainText('JSHSHIR 14 ta raqamdan iborat');
    await expect(wizard.rejectedLine(7)).toContainText('Tugʻilgan sana kelajakda boʻlishi mumkin emas');
    await expect(wizard.rejectedLine(8)).toContainText('Ism formula bilan boshlanmaydi');
    // A good row with a warning is still imported; the warning says why.
    await expect(wizard.warningLine(3)).toContainText('«911-21» guruhi topilmadi: talaba guruhsiz yozildi');
    await shot(page, '22-import-dry-run');

    const report = await wizard.download(page.getByTestId('download-report'));
    expect(report.suggestedFilename()).toBe('talabalar-report.xlsx');
    const reportRows = await readDownloadedSheet(report);
    expect([
      ...new Set(
        reportRows
          .slice(1)
          .filter((r) => r[1] === 'Xato')
          .map((r) => r[0]),
      ),
    ]).toEqual([6, 7, 8]);

    const exported = await wizard.download(page.getByTestId('rejected-table-export'));
    expect(exported.suggestedFilename()).toMatch(/^Rad etilgan qatorlar \d{4}-\d{2}-\d{2}\.xlsx$/);
    const exportedRows = await readDownloadedSheet(exported);
    expect(exportedRows[0]).toEqual(['Qator', 'Ustun', 'Izoh']);
    expect(exportedRows.slice(1).map((r) => r[0])).toEqual([6, 7, 8]);

    // Nothing was written: the registry is still empty.
    for (const query of ['Joʻrayev', 'Djuraev', 'Йўлдошева']) {
      const found = await rpc<{ items: unknown[] }>(page, 'students.search', { query, limit: 5 });
      expect(found.items, query).toHaveLength(0);
    }
  });

  await test.step('the real import writes the good rows and reports the same bad ones', async () => {
    await wizard.runImport();
    await expect(page.getByTestId('import-result')).toContainText('Import yakunlandi');
    await expect(wizard.count('imported')).toHaveText('3');
    await expect(wizard.count('updated')).toHaveText('0');
    await expect(wizard.count('rejectedCount')).toHaveText('3');
    expect(await wizard.rejectedRows()).toEqual([6, 7, 8]);
    await shot(page, '23-import-done');
  });

  await test.step('the imported student is found in Cyrillic, with an ASCII apostrophe and Russified', async () => {
    const search = new StudentSearchPage(page);
    const card = new StudentCardPage(page);
    let id = '';
    for (const query of ['Жўраев', "Jo'rayev Bobur", 'Djuraev']) {
      await shell.go('students');
      await search.search(query);
      await expect(search.results.first()).toContainText('Joʻrayev Bobur');
      if (!id) id = (await search.results.first().getAttribute('data-student-id')) ?? '';
      await search.openWithKeyboard(id);
      expect(await card.id(), query).toBe(id);
      await expect(page.getByTestId('student-name')).toHaveText('Joʻrayev Bobur Shavkat oʻgʻli');
    }
    await expect(page.getByTestId('student-name-cyr')).toHaveText('Жўраев Бобур Шавкат ўғли');
    // The Cyrillic row got its Latin spelling.
    await shell.go('students');
    await search.search('Yoʻldosheva');
    await expect(search.results.first()).toContainText('Yoʻldosheva Gulnora');
  });

  await test.step('the data-quality page summarises the registry and fixes in one click', async () => {
    await shell.go('quality');
    const quality = new QualityPage(page);
    await expect(page.getByTestId('quality-card')).toHaveCount(QUALITY_CHECKS.length);
    await expect(quality.card('invalidPinfl')).toHaveAttribute('data-count', '0');
    // Nobody's passport spelling came with the file: the check proposes it from the Latin name.
    await expect(quality.card('missingPassportName')).toHaveAttribute('data-count', '3');
    await quality.open('missingPassportName');
    await expect(quality.rows()).toHaveCount(3);
    const row = quality.rows().filter({ hasText: 'Joʻrayev Bobur' });
    await expect(row).toContainText('Familiya (pasportda):');
    await expect(row).toContainText('JORAYEV');
    await shot(page, '24-data-quality');
    await row.getByTestId('quality-fix').click();
    await expect(quality.card('missingPassportName')).toHaveAttribute('data-count', '2');
    await expect(quality.rows()).toHaveCount(2);
    // The student's name links to the card, which now shows the passport spelling.
    await quality.rows().first().getByTestId('quality-student').click();
    await expect(page.getByTestId('student-card')).toBeVisible();
  });
});
