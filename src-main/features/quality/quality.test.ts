import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePinfl } from '../../../src-shared/domain/pinfl';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { startHarness, type Harness } from '../../../test/support/harness';
import { runCommand } from '../../commands/run-command';
import { students } from '../registry/schema';
import { reindexStudents, studentSearchText } from '../students/search-index';

/** Rows as they arrive from old spreadsheets and HEMIS: written raw, without the form's rules. */
function insertRaw(h: Harness, rows: Partial<typeof students.$inferInsert>[]): string[] {
  const { store, clock } = h.backend.services;
  return runCommand(store, clock, { id: null, login: 'test', kind: 'system' }, 'test.seed', {}, (w) =>
    rows.map((r) => {
      const row = {
        id: uuidv7(),
        lastNameLat: '',
        firstNameLat: '',
        createdAt: w.now,
        updatedAt: w.now,
        ...r,
      } as typeof students.$inferInsert;
      row.searchText = studentSearchText(row);
      w.insert(students, row);
      reindexStudents(w.sqlite, [row.id]);
      return row.id;
    }),
  ).value;
}

describe('data quality', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.dispose());

  it('finds each kind of problem and fixes the fixable ones on request, audited', async () => {
    const p = makePinfl('2005-04-12', 'male', 26, 17);
    const bad = p.slice(0, 13) + String((Number(p[13]) + 1) % 10);
    const [mixed, dup1, , noCyr] = insertRaw(h, [
      {
        lastNameLat: '\u0410ndijonov',
        firstNameLat: 'Bobur',
        lastNameCyr: 'Андижонов',
        firstNameCyr: 'Бобур',
        lastNamePassport: 'ANDIJONOV',
        firstNamePassport: 'BOBUR',
      },
      {
        lastNameLat: 'Karimov',
        firstNameLat: 'Ali',
        lastNameCyr: 'Каримов',
        firstNameCyr: 'Али',
        pinfl: p,
        birthDate: '2005-04-12',
        lastNamePassport: 'KARIMOV',
        firstNamePassport: 'ALI',
      },
      {
        lastNameLat: 'Karimov',
        firstNameLat: 'Ali',
        lastNameCyr: 'Каримов',
        firstNameCyr: 'Али',
        pinfl: p,
        birthDate: '2005-04-12',
        lastNamePassport: 'KARIMOV',
        firstNamePassport: 'ALI',
      },
      { lastNameLat: 'Joʻrayev', firstNameLat: 'Bobur', pinfl: bad },
    ]);
    const summary = Object.fromEntries(
      (await h.ok('quality.summary', {}, h.adminToken)).map((s) => [s.check, s.count]),
    );
    expect(summary).toEqual({
      invalidPinfl: 1,
      duplicatePinfl: 2,
      duplicatePerson: 2,
      mixedScript: 1,
      missingCyrillic: 1,
      missingPassportName: 1,
      hemisDiff: 0,
    });
    const dups = await h.ok('quality.list', { check: 'duplicatePinfl' }, h.adminToken);
    expect(dups.items.find((i) => i.studentId === dup1)?.related).toHaveLength(1);
    const m = await h.ok('quality.list', { check: 'mixedScript' }, h.adminToken);
    expect(m.items[0]).toMatchObject({ studentId: mixed, fix: { lastNameLat: 'Andijonov' } });
    const fixed = await h.ok('quality.fix', { studentId: mixed!, check: 'mixedScript' }, h.adminToken);
    expect(fixed.changed).toEqual({ lastNameLat: 'Andijonov' });
    const fillCyr = await h.ok('quality.fix', { studentId: noCyr!, check: 'missingCyrillic' }, h.adminToken);
    expect(fillCyr.changed).toEqual({ lastNameCyr: 'Жўраев', firstNameCyr: 'Бобур' });
    const after = Object.fromEntries((await h.ok('quality.summary', {}, h.adminToken)).map((s) => [s.check, s.count]));
    expect([after.mixedScript, after.missingCyrillic]).toEqual([0, 0]);
    expect((await h.ok('students.search', { query: 'Andijonov' }, h.adminToken)).items[0]?.id).toBe(mixed);
    expect((await h.ok('audit.list', { command: 'quality.fix' }, h.adminToken)).total).toBe(2);
    const front = await h.signInAs('front_office');
    expect((await h.call('quality.summary', {}, front)).ok).toBe(false);
  });

  it('lists local values that differ from the last HEMIS pull and takes HEMIS values on request', async () => {
    const [id] = insertRaw(h, [
      {
        lastNameLat: 'Joʻrayev',
        firstNameLat: 'Bobur',
        lastNameCyr: 'Жўраев',
        firstNameCyr: 'Бобур',
        phone: '+998901234567',
        hemisId: 77,
      },
    ]);
    h.backend.services.store.writer
      .prepare(
        'insert into hemis_student_snapshots (student_id, hemis_id, hemis, mapped, pulled_at) values (?, ?, ?, ?, ?)',
      )
      .run(
        id,
        77,
        '{}',
        JSON.stringify({ lastNameLat: 'Joʻrayev', firstNameLat: 'Bobur', phone: '+998907654321', email: null }),
        '2026-11-28T00:00:00Z',
      );
    const list = await h.ok('quality.list', { check: 'hemisDiff' }, h.adminToken);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      studentId: id,
      fix: { phone: '+998907654321' },
      params: { fields: 'phone' },
    });
    await h.ok('quality.fix', { studentId: id!, check: 'hemisDiff' }, h.adminToken);
    expect((await h.ok('students.get', { id: id! }, h.adminToken)).phone).toBe('+998907654321');
    expect((await h.ok('quality.list', { check: 'hemisDiff' }, h.adminToken)).total).toBe(0);
  });
});
