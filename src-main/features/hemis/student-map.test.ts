import { describe, expect, it } from 'vitest';
import { fakeStudent } from '../../../test/support/fake-hemis';
import { courseOf, hemisDate, tashkentMidnight } from './items';
import { mergeStudent } from './student-apply';
import { mapStudent, type MappedStudent, type RefMaps } from './student-map';
import type { StudentRow } from '../students/repo';

const TODAY = '2026-11-28';
const refs: RefMaps = {
  departments: new Map([[1, 'dept-local']]),
  specialties: new Map([[21, { id: 'spec-local', educationType: '11' }]]),
  groups: new Map([
    [
      51,
      {
        id: 'group-local',
        departmentId: 'dept-local',
        specialtyId: 'spec-local',
        educationLang: '11',
        educationForm: '11',
        course: 2,
      },
    ],
  ]),
};

describe('HEMIS dates and codes', () => {
  it('reads unix seconds as the Tashkent calendar day (UTC would give the day before)', () => {
    const ts = tashkentMidnight('2004-03-15');
    expect(new Date(ts * 1000).toISOString()).toBe('2004-03-14T19:00:00.000Z');
    expect(hemisDate(ts)).toBe('2004-03-15');
    expect(hemisDate(String(ts))).toBe('2004-03-15');
    expect(hemisDate('2004-03-15')).toBe('2004-03-15');
    expect(hemisDate(null)).toBeNull();
  });

  it('level 11 is the 1st course', () => {
    expect([courseOf('11'), courseOf('14'), courseOf('10'), courseOf(null), courseOf('x')]).toEqual([
      1,
      4,
      null,
      null,
      null,
    ]);
  });
});

describe('mapStudent', () => {
  it('maps HEMIS field names, normalises apostrophes and fills the other script', () => {
    const raw = {
      ...fakeStudent(0, 1_790_000_000),
      second_name: "Jo'rayev",
      first_name: 'G‘ayrat',
      third_name: 'Shavkat o’g’li',
    };
    const m = mapStudent(raw, '#1.0', refs, TODAY);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.value).toMatchObject({
      hemisId: 1000,
      studentIdNumber: '364241101000',
      lastNameLat: 'Joʻrayev',
      firstNameLat: 'Gʻayrat',
      patronymicLat: 'Shavkat oʻgʻli',
      lastNameCyr: 'Жўраев',
      gender: '11',
      citizenship: '11',
      groupId: 'group-local',
      departmentId: 'dept-local',
      specialtyId: 'spec-local',
      course: 1,
      educationForm: '11',
      educationLang: '11',
      status: '11',
    });
    expect(m.hemisUpdatedAt).toBe(1_790_000_000);
  });

  it('routes Cyrillic names to the Cyrillic fields and transliterates the Latin ones', () => {
    const m = mapStudent(
      { id: 7, second_name: 'Жўраев', first_name: 'Бобур', third_name: 'Шавкат ўғли' },
      '#1.0',
      refs,
      TODAY,
    );
    expect(m.ok && m.value).toMatchObject({
      lastNameCyr: 'Жўраев',
      firstNameCyr: 'Бобур',
      lastNameLat: 'Joʻrayev',
      firstNameLat: 'Bobur',
      patronymicLat: 'Shavkat oʻgʻli',
    });
  });

  it('tolerates nulls, wrong types in optional fields and unknown fields', () => {
    const m = mapStudent(
      {
        id: '42',
        second_name: 'Karimov',
        first_name: 'Ali',
        third_name: null,
        birth_date: tashkentMidnight('2031-05-01'),
        gender: 'Erkak', // not a {code,name} object
        group: { id: 999, name: 'unknown group' },
        level: null,
        phone: null,
        futureField: [1, 2, 3],
      },
      '#1.0',
      refs,
      TODAY,
    );
    // A birth date in the future is reported with the HEMIS field, not silently dropped.
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.issues).toEqual([{ path: 'birth_date', key: 'validation.birthDateFuture' }]);

    const ok = mapStudent(
      { id: 43, second_name: 'Karimov', first_name: 'Ali', gender: 'x', level: 5 },
      '#1.1',
      refs,
      TODAY,
    );
    expect(ok.ok && ok.value).toMatchObject({ hemisId: 43, gender: null, groupId: null, course: null, phone: null });
  });

  it('rejects a row with its HEMIS field names and message keys, and an item without an id', () => {
    const bad = mapStudent(
      {
        id: 9,
        second_name: '',
        first_name: 'Ali',
        passport_pin: '1234',
        phone: '12',
        student_id_number: '1'.repeat(25),
      },
      '#1.0',
      refs,
      TODAY,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.key).toBe('9');
      expect(bad.issues.map((i) => `${i.path}:${i.key}`).sort()).toEqual([
        'passport_pin:validation.pinfl.format',
        'phone:validation.invalidPhone',
        'second_name:validation.required',
        'student_id_number:validation.tooLong',
      ]);
    }
    const noId = mapStudent({ second_name: 'X' }, '#3.7', refs, TODAY);
    expect(noId).toMatchObject({ ok: false, key: '#3.7', hemisId: null });
  });
});

describe('mergeStudent', () => {
  const local = {
    hemisId: 5,
    studentIdNumber: '1',
    groupId: 'g1',
    phone: '+998901112233',
    lastNameLat: 'Karimov',
    lastNameCyr: 'Каримов',
    email: null,
    status: '11',
  } as unknown as StudentRow;
  const hemis = {
    ...local,
    groupId: 'g2',
    phone: '+998909999999',
    email: 'a@b.uz',
    status: '13',
  } as unknown as MappedStudent;

  it('takes placement from HEMIS, and a personal field only where HEMIS changed it since the last pull', () => {
    const base = { ...local, phone: '+998900000000', email: 'a@b.uz' } as unknown as MappedStudent;
    expect(mergeStudent(local, hemis, base)).toEqual({ groupId: 'g2', status: '13', phone: '+998909999999' });
    // HEMIS phone unchanged since the last pull: the counter's correction stays.
    expect(mergeStudent(local, hemis, { ...base, phone: '+998909999999' } as MappedStudent)).toEqual({
      groupId: 'g2',
      status: '13',
    });
  });

  it('at the first link keeps what the office typed and fills only empty fields', () => {
    expect(mergeStudent(local, hemis, null)).toEqual({ groupId: 'g2', status: '13', email: 'a@b.uz' });
  });
});
