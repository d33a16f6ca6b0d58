import { describe, expect, it } from 'vitest';
import { detectHeaderMapping, fieldForHeader } from './student-headers';

describe('student spreadsheet headers', () => {
  it.each([
    ['Familiya', 'lastNameLat'],
    ['FAMILIYASI', 'lastNameLat'],
    ['Фамилия', 'lastNameLat'],
    ['Last name', 'lastNameLat'],
    ['second_name', 'lastNameLat'],
    ['Ism', 'firstNameLat'],
    ['Имя', 'firstNameLat'],
    ['Otasining ismi', 'patronymicLat'],
    ['Отасининг исми', 'patronymicLat'],
    ['Отчество', 'patronymicLat'],
    ['JSHSHIR', 'pinfl'],
    ['ПИНФЛ', 'pinfl'],
    ['passport_pin', 'pinfl'],
    ['Tugʻilgan sana', 'birthDate'],
    ["Tug'ilgan sana", 'birthDate'],
    ['Tug‘ilgan sana', 'birthDate'],
    ['Туғилган сана', 'birthDate'],
    ['Дата рождения', 'birthDate'],
    ['Pasport', 'passport'],
    ['Guruh', 'group'],
    ['Группа', 'group'],
    ['Talabaning F.I.Sh.', 'fullName'],
    ['Ф.И.О.', 'fullName'],
    ['student_id_number', 'studentIdNumber'],
    ["To'lov shakli", 'paymentForm'],
    ['Rasm', null],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('maps a whole header row, reporting unknown and duplicate columns', () => {
    const m = detectHeaderMapping(['№', 'Familiya', 'Ism', 'Otasining ismi', 'JSHSHIR', 'Фамилия', '', 'Izoh']);
    expect(m.columns).toEqual({ 1: 'lastNameLat', 2: 'firstNameLat', 3: 'patronymicLat', 4: 'pinfl' });
    expect(m.unknown.map((u) => u.header)).toEqual(['№', 'Izoh']);
    expect(m.duplicates).toEqual([{ index: 5, header: 'Фамилия', field: 'lastNameLat' }]);
  });
});
