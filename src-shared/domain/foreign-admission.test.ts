import { describe, expect, it } from 'vitest';
import {
  applyAction,
  availableActions,
  CHECKLIST_ITEMS,
  missingRequired,
  nextApplicationNumber,
  normaliseChecklist,
  remainingSemestersOfCourse,
  statusAfterChecklist,
  type ApplicationAction,
  type ApplicationStatus,
  type ChecklistEntry,
} from './foreign-admission';
import { checkApplicant, type ApplicantDraft } from './foreign-applicant';

const none = normaliseChecklist([]);
const all = none.map((e) => ({ ...e, received: true, receivedOn: '2026-09-01' }));
const requiredOnly = none.map((e) => ({
  ...e,
  received: CHECKLIST_ITEMS.find((i) => i.item === e.item)!.required,
}));
const withoutHiv = all.map((e) => (e.item === 'hivTest' ? { ...e, received: false, receivedOn: null } : e));

describe('checklist', () => {
  it('reads every defined item once, in order, whatever was stored', () => {
    const list = normaliseChecklist([
      { item: 'visa', received: true, receivedOn: '2026-10-01', note: 'D-visa' },
      { item: 'gone' as never, received: true },
      { item: 'passport', received: false, receivedOn: '2026-01-01' },
    ]);
    expect(list.map((e) => e.item)).toEqual(CHECKLIST_ITEMS.map((i) => i.item));
    expect(list.find((e) => e.item === 'visa')).toEqual({
      item: 'visa',
      received: true,
      receivedOn: '2026-10-01',
      note: 'D-visa',
    });
    // A date without "received" means nothing.
    expect(list.find((e) => e.item === 'passport')?.receivedOn).toBeNull();
  });

  it.each<[string, ChecklistEntry[], string[]]>([
    ['nothing received', none, CHECKLIST_ITEMS.filter((i) => i.required).map((i) => i.item)],
    ['the required ones', requiredOnly, []],
    ['all but the HIV test', withoutHiv, ['hivTest']],
  ])('missing required with %s', (_, list, missing) => {
    expect(missingRequired(list)).toEqual(missing);
  });
});

describe('applyAction', () => {
  it.each<[ApplicationStatus, ApplicationAction, ChecklistEntry[], string | null, string]>([
    ['draft', 'submit', none, null, 'submitted'],
    ['submitted', 'completeDocuments', requiredOnly, null, 'documentsComplete'],
    ['submitted', 'completeDocuments', withoutHiv, null, 'foreign.error.documentsMissing'],
    ['documentsComplete', 'admit', all, null, 'admitted'],
    ['admitted', 'register', all, null, 'registered'],
    ['draft', 'admit', all, null, 'foreign.error.wrongStatus'],
    ['submitted', 'admit', all, null, 'foreign.error.wrongStatus'],
    ['documentsComplete', 'register', all, null, 'foreign.error.wrongStatus'],
    ['draft', 'reject', none, 'Soxta hujjat', 'rejected'],
    ['admitted', 'reject', all, 'Kelmadi', 'rejected'],
    ['submitted', 'reject', none, '  ', 'foreign.error.reasonRequired'],
    ['registered', 'reject', all, 'Kech', 'foreign.error.closed'],
    ['rejected', 'submit', none, null, 'foreign.error.closed'],
  ])('%s --%s--> %s', (status, action, checklist, reason, expected) => {
    const r = applyAction(status, action, { checklist, reason });
    expect(r.ok ? r.status : r.key).toBe(expected);
  });

  it.each<[ApplicationStatus, ApplicationAction[]]>([
    ['draft', ['submit', 'reject']],
    ['submitted', ['completeDocuments', 'reject']],
    ['documentsComplete', ['admit', 'reject']],
    ['admitted', ['reject']],
    ['registered', []],
    ['rejected', []],
  ])('offers on %s: %j', (status, actions) => {
    expect(availableActions(status)).toEqual(actions);
  });
});

describe('statusAfterChecklist', () => {
  it.each<[ApplicationStatus, ChecklistEntry[], ChecklistEntry[], string]>([
    ['submitted', none, requiredOnly, 'submitted'],
    ['documentsComplete', all, withoutHiv, 'submitted'],
    ['documentsComplete', requiredOnly, all, 'documentsComplete'],
    ['admitted', all, withoutHiv, 'foreign.error.requiredAfterAdmission'],
    ['registered', requiredOnly, all, 'registered'],
    ['registered', all, requiredOnly, 'registered'],
    ['rejected', none, all, 'foreign.error.closed'],
  ])('%s: %#', (status, before, after, expected) => {
    const r = statusAfterChecklist(status, before, after);
    expect(r.ok ? r.status : r.key).toBe(expected);
  });
});

describe('numbers and semesters', () => {
  it.each<[string[], string]>([
    [[], 'F-2026/1'],
    [['F-2026/1', 'F-2026/7', 'F-2025/40'], 'F-2026/8'],
    [['F-2025/3'], 'F-2026/1'],
  ])('after %j comes %s', (existing, next) => expect(nextApplicationNumber(2026, existing)).toBe(next));

  it.each<[number, string, string[]]>([
    [1, '2026-11-28', ['11', '12']],
    [1, '2027-01-20', ['11', '12']],
    [1, '2027-02-10', ['12']],
    [3, '2026-09-01', ['15', '16']],
    [2, '2026-06-30', ['14']],
  ])('course %d on %s studies %j', (course, today, semesters) =>
    expect(remainingSemestersOfCourse(course, today)).toEqual(semesters),
  );
});

describe('checkApplicant', () => {
  const base: ApplicantDraft = {
    lastName: 'RAHIMOV',
    firstName: 'Farrukh',
    patronymic: '',
    passportNumber: '4012 345678',
    country: 'tj',
    birthDate: '15.03.2006',
    gender: '11',
    phone: '+992 93 123 45 67',
    email: 'F.Rahimov@Mail.tj',
  };

  it('keeps the passport spelling and tidies only spaces and case of codes', () => {
    const { value, issues } = checkApplicant(
      { ...base, lastName: '  KHASANDJANOV  ', firstName: 'Müller' },
      '2026-11-28',
    );
    expect(issues).toEqual([]);
    expect(value).toMatchObject({
      lastName: 'KHASANDJANOV',
      firstName: 'Müller',
      passportNumber: '4012345678',
      country: 'TJ',
      birthDate: '2006-03-15',
      email: 'f.rahimov@mail.tj',
    });
  });

  it.each<[Partial<ApplicantDraft>, string, string]>([
    [{ lastName: 'Рахимов' }, 'lastName', 'foreign.error.latinName'],
    [{ firstName: '' }, 'firstName', 'validation.required'],
    [{ passportNumber: 'A-12' }, 'passportNumber', 'foreign.error.passport'],
    [{ country: 'UZ' }, 'country', 'foreign.error.countryUz'],
    [{ country: 'Tajik' }, 'country', 'foreign.error.country'],
    [{ birthDate: '31.02.2006' }, 'birthDate', 'validation.invalidDate'],
    [{ birthDate: '2030-01-01' }, 'birthDate', 'validation.birthDateFuture'],
    [{ gender: 'x' }, 'gender', 'validation.invalidValue'],
    [{ phone: 'call me' }, 'phone', 'validation.invalidPhone'],
    [{ email: 'nobody' }, 'email', 'validation.invalidEmail'],
  ])('refuses %j at %s', (patch, path, key) => {
    expect(checkApplicant({ ...base, ...patch }, '2026-11-28').issues).toEqual([
      expect.objectContaining({ path, key }),
    ]);
  });
});
