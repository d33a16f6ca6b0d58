import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../src-shared/i18n';
import { historyValue, visibleChanges, type ValueContext } from './history-values';

const ctx = (over: Partial<ValueContext> = {}): ValueContext => ({
  tOr: (key, fallback) => catalogs.en[key] ?? fallback,
  yes: 'Yes',
  no: 'No',
  names: new Map([['g1', 'KI-23-01']]),
  masked: false,
  ...over,
});

describe('history values', () => {
  it.each([
    ['phone', '+998901234567', '+998 90 123 45 67'],
    ['birthDate', '2005-04-12', '12.04.2005'],
    ['status', '13', 'On academic leave'],
    ['educationForm', '11', 'Full-time'],
    ['paymentForm', '12', 'Tuition contract'],
    ['gender', '12', 'Female'],
    ['citizenship', '99', '99'], // an unknown code is shown as stored
    ['passport', 'AB1234567', 'AB 1234567'],
    ['groupId', 'g1', 'KI-23-01'],
    ['groupId', 'g-unknown', 'g-unknown'],
    ['pinflCheckAccepted', true, 'Yes'],
    ['course', 3, '3'],
    ['revealed', ['pinfl', 'passport'], 'PINFL, Passport'],
    ['email', '', null],
    ['email', null, null],
  ])('%s %j → %j', (field, value, shown) => {
    expect(historyValue(field, value, ctx())).toBe(shown);
  });

  it('masks PINFL and passport for a role that sees them masked on the card', () => {
    const masked = ctx({ masked: true });
    expect(historyValue('pinfl', '51204050260171', masked)).toBe('5•••••••••0171');
    expect(historyValue('passport', 'AB1234567', masked)).toBe('AB •••4567');
  });

  it('folds placement copied from a new group into the group change and names a field once', () => {
    const shown = visibleChanges([
      { field: 'groupId', before: 'a', after: 'b' },
      { field: 'course', before: 1, after: 2 },
      { field: 'departmentId', before: 'x', after: 'y' },
      { field: 'phone', before: null, after: '+998901234567' },
      { field: 'photo', before: null, after: null },
      { field: 'photo', before: null, after: null },
    ]);
    expect(shown.map((c) => c.field)).toEqual(['phone', 'groupId', 'photo']);
    expect(visibleChanges([{ field: 'course', before: 1, after: 2 }]).map((c) => c.field)).toEqual(['course']);
  });

  it('a new record lists the filled-in fields only, names first', () => {
    const created = visibleChanges(
      [
        { field: 'email', before: null, after: null },
        { field: 'pinflCheckAccepted', before: null, after: false },
        { field: 'phone', before: null, after: '+998901234567' },
        { field: 'address', before: null, after: '' },
        { field: 'lastNameLat', before: null, after: 'Joʻrayev' },
      ],
      true,
    );
    expect(created.map((c) => c.field)).toEqual(['lastNameLat', 'phone']);
  });
});
