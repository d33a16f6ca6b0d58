import { describe, expect, it } from 'vitest';
import type { Department } from '../../../src-shared/contract/structure';
import { departmentAndBelow, employeeName, filterByDepartment, sortYears } from './staff';

const dept = (id: string, parentId: string | null): Department => ({
  id,
  hemisId: null,
  code: id,
  nameUzLatn: id,
  nameUzCyrl: '',
  nameRu: '',
  nameEn: '',
  structureType: parentId ? '12' : '11',
  parentId,
  active: true,
});

describe('staff helpers', () => {
  const tree = [dept('fac', null), dept('chair', 'fac'), dept('lab', 'chair'), dept('other', null)];

  it('writes a name surname first and leaves out an empty patronymic', () => {
    expect(employeeName({ lastName: 'Toʻxtayev', firstName: 'Gʻayrat', patronymic: 'Shavkat oʻgʻli' })).toBe(
      'Toʻxtayev Gʻayrat Shavkat oʻgʻli',
    );
    expect(employeeName({ lastName: 'Ғуломова', firstName: 'Нодира', patronymic: '' })).toBe('Ғуломова Нодира');
  });

  it('a faculty filter takes its chairs and what is under them, and survives a cycle', () => {
    expect([...departmentAndBelow(tree, 'fac')].sort()).toEqual(['chair', 'fac', 'lab']);
    expect([...departmentAndBelow(tree, 'chair')].sort()).toEqual(['chair', 'lab']);
    const cyclic = [dept('a', 'b'), dept('b', 'a')];
    expect([...departmentAndBelow(cyclic, 'a')].sort()).toEqual(['a', 'b']);
  });

  it('filters employees by department; none chosen keeps everyone, also those without one', () => {
    const staff = [
      { id: '1', departmentId: 'lab' },
      { id: '2', departmentId: 'other' },
      { id: '3', departmentId: null },
    ];
    expect(filterByDepartment(staff, tree, 'fac').map((e) => e.id)).toEqual(['1']);
    expect(filterByDepartment(staff, tree, 'other').map((e) => e.id)).toEqual(['2']);
    expect(filterByDepartment(staff, tree, '').map((e) => e.id)).toEqual(['1', '2', '3']);
  });

  it('lists the newest academic year first', () => {
    expect(sortYears([{ code: '2024' }, { code: '2026' }, { code: '2025' }]).map((y) => y.code)).toEqual([
      '2026',
      '2025',
      '2024',
    ]);
  });
});
