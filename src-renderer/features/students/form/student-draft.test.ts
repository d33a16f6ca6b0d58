import { describe, expect, it } from 'vitest';
import type { Student } from '../../../../src-shared/contract/students';
import { draftFromStudent, draftToInput, emptyDraft, fillableFrom, runCheck, transliterated } from './student-draft';

const withNames = (over: Partial<ReturnType<typeof emptyDraft>>) => ({ ...emptyDraft(), ...over });

describe('student form draft', () => {
  it('offers to fill the script that is empty, and nothing when both or neither are filled', () => {
    expect(fillableFrom(emptyDraft())).toBeNull();
    expect(fillableFrom(withNames({ lastNameLat: 'Joʻrayev' }))).toBe('Lat');
    expect(fillableFrom(withNames({ firstNameCyr: 'Бобур' }))).toBe('Cyr');
    expect(fillableFrom(withNames({ lastNameLat: 'Joʻrayev', lastNameCyr: 'Жўраев' }))).toBeNull();
    expect(fillableFrom(withNames({ lastNameLat: '   ' }))).toBeNull();
  });

  it('transliterates every name part into the other script and leaves the source as typed', () => {
    const d = withNames({ lastNameLat: 'Joʻrayev', firstNameLat: 'Bobur', patronymicLat: 'Shavkat oʻgʻli' });
    expect(transliterated(d, 'Lat')).toEqual({
      lastNameLat: 'Joʻrayev',
      firstNameLat: 'Bobur',
      patronymicLat: 'Shavkat oʻgʻli',
      lastNameCyr: 'Жўраев',
      firstNameCyr: 'Бобур',
      patronymicCyr: 'Шавкат ўғли',
    });
    const c = withNames({ lastNameCyr: 'Ҳасанов', firstNameCyr: 'Ғайрат' });
    expect(transliterated(c, 'Cyr')).toMatchObject({
      lastNameLat: 'Hasanov',
      firstNameLat: 'Gʻayrat',
      patronymicLat: '',
    });
  });

  it('sends empty text as null and only the accepted warnings given', () => {
    const input = draftToInput(withNames({ lastNameLat: "Jo'rayev", phone: ' ', paymentForm: '' }), []);
    expect(input).toMatchObject({
      lastNameLat: "Jo'rayev",
      phone: null,
      pinfl: null,
      paymentForm: null,
      groupId: null,
    });
    expect(input.acceptWarnings).toEqual([]);
    expect(draftToInput(emptyDraft(), ['pinfl:warning.pinflCheckDigit']).acceptWarnings).toEqual([
      'pinfl:warning.pinflCheckDigit',
    ]);
  });

  it('runs the same rules as the backend: an ASCII apostrophe is fine, a mixed-script word is flagged', () => {
    const check = runCheck(withNames({ lastNameLat: "Jo'rayev", firstNameLat: 'Bоbur' }), '2026-11-28');
    expect(check.errors).toEqual([]);
    expect(check.student.lastNameLat).toBe('Joʻrayev');
    expect(check.warnings.map((w) => `${w.path}:${w.key}`)).toContain('firstNameLat:warning.mixedScript');
  });

  it('starts an edit from the saved record, unknown codes falling back to empty', () => {
    const student = {
      lastNameLat: 'Joʻrayev',
      firstNameLat: 'Bobur',
      patronymicLat: '',
      lastNameCyr: 'Жўраев',
      firstNameCyr: 'Бобур',
      patronymicCyr: '',
      lastNamePassport: 'DJURAEV',
      firstNamePassport: 'BOBUR',
      pinfl: null,
      passport: 'AB1234567',
      birthDate: '2005-04-12',
      gender: '11',
      citizenship: '11',
      phone: '+998901234567',
      email: null,
      address: '',
      studentIdNumber: null,
      group: { id: 'g1', name: 'KI-23-01' },
      paymentForm: '99',
      status: '13',
    } as unknown as Student;
    expect(draftFromStudent(student)).toMatchObject({
      pinfl: '',
      passport: 'AB 1234567',
      phone: '+998 90 123 45 67',
      groupId: 'g1',
      gender: '11',
      paymentForm: '',
      status: '13',
      email: '',
    });
  });
});
