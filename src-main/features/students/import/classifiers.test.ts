import { describe, expect, it } from 'vitest';
import { citizenshipCode, classifierCode, courseOf } from './classifiers';

describe('spreadsheet text → classifier codes', () => {
  it.each([
    ["O'zbekiston", '11'],
    ['Ўзбекистон', '11'],
    ['11', '11'],
    ['Без гражданства', '13'],
    ['Qozogʻiston', '12'],
    ['12', '12'],
  ])('citizenship %s → %s', (value, code) => {
    expect(citizenshipCode(value)).toBe(code);
  });

  it('reads forms, payment and courses as offices type them', () => {
    expect(classifierCode('educationForm', 'Sirtqi')).toBe('13');
    expect(classifierCode('paymentForm', 'Контракт')).toBe('12');
    expect(classifierCode('status', "O'qimoqda")).toBe('11');
    expect([courseOf('3-kurs'), courseOf('III'), courseOf('13'), courseOf('x')]).toEqual([3, 3, 3, null]);
  });
});
