import { describe, expect, it } from 'vitest';
import type { QualityItem } from '../../../src-shared/contract/quality';
import { makeI18n } from '../../app/i18n';
import { exportRow, findingText, fixLines } from './finding-text';

const en = makeI18n('en', () => {});
const uz = makeI18n('uz-Latn', () => {});

const mixed: QualityItem = {
  studentId: '0190a1b2-0000-7000-8000-000000000001',
  name: '\u0410ndijonov Bobur',
  group: '911-21',
  key: 'quality.finding.mixedScript',
  params: { fields: 'lastNameLat, firstNameCyr' },
  fix: { lastNameLat: 'Andijonov' },
  related: [],
};

describe('data-quality findings', () => {
  it('translates the finding and names the fields as the card does', () => {
    expect(findingText(mixed, en)).toBe(
      `Latin and Cyrillic letters are mixed: ${en.tKey('auditField.lastNameLat')}, ${en.tKey('auditField.firstNameCyr')}`,
    );
    expect(findingText(mixed, uz)).toBe('Lotin va kirill harflari aralashgan: Familiya (lotin), Ism (kirill)');
  });

  it('passes other params through (PINFL, counts)', () => {
    expect(findingText({ key: 'quality.finding.duplicatePinfl', params: { count: 3 } }, en)).toBe(
      'This PINFL belongs to 3 students',
    );
  });

  it('shows a proposed fix as field → value', () => {
    expect(fixLines({ lastNameCyr: 'Жўраев', firstNameCyr: 'Бобур' }, uz)).toEqual([
      { field: 'lastNameCyr', label: 'Familiya (kirill)', value: 'Жўраев' },
      { field: 'firstNameCyr', label: 'Ism (kirill)', value: 'Бобур' },
    ]);
    expect(fixLines(null, uz)).toEqual([]);
  });

  it('exports a finding as the list shows it', () => {
    expect(exportRow({ ...mixed, related: [{ id: 'x', name: 'Andijonov Bobur' }] }, uz)).toEqual({
      name: '\u0410ndijonov Bobur',
      group: '911-21',
      finding: 'Lotin va kirill harflari aralashgan: Familiya (lotin), Ism (kirill)',
      related: 'Andijonov Bobur',
      fix: 'Familiya (lotin): Andijonov',
    });
  });
});
