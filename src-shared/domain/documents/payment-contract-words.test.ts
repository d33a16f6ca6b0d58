import { describe, expect, test } from 'vitest';
import { amountInWords } from './payment-contract-words';

describe('amountInWords', () => {
  test.each([
    [0, 'Nol soʻm', 'Ноль сумов', 'Zero soum'],
    [1, 'Bir soʻm', 'Один сум', 'One soum'],
    [21, 'Yigirma bir soʻm', 'Двадцать один сум', 'Twenty-one soum'],
    [114, 'Bir yuz oʻn toʻrt soʻm', 'Сто четырнадцать сумов', 'One hundred fourteen soum'],
    [1001, 'Bir ming bir soʻm', 'Одна тысяча один сум', 'One thousand one soum'],
    [22_000, 'Yigirma ikki ming soʻm', 'Двадцать две тысячи сумов', 'Twenty-two thousand soum'],
    [
      3_125_000,
      'Uch million bir yuz yigirma besh ming soʻm',
      'Три миллиона сто двадцать пять тысяч сумов',
      'Three million one hundred twenty-five thousand soum',
    ],
    [
      12_500_000,
      'Oʻn ikki million besh yuz ming soʻm',
      'Двенадцать миллионов пятьсот тысяч сумов',
      'Twelve million five hundred thousand soum',
    ],
    [1_000_000_000, 'Bir milliard soʻm', 'Один миллиард сумов', 'One billion soum'],
    [
      11_011_000,
      'Oʻn bir million oʻn bir ming soʻm',
      'Одиннадцать миллионов одиннадцать тысяч сумов',
      'Eleven million eleven thousand soum',
    ],
  ])('%i', (amount, uz, ru, en) => {
    expect(amountInWords(amount, 'uz-Latn')).toBe(uz);
    expect(amountInWords(amount, 'ru')).toBe(ru);
    expect(amountInWords(amount, 'en')).toBe(en);
  });

  test('Cyrillic Uzbek is the Latin text transliterated', () => {
    expect(amountInWords(12_500_000, 'uz-Cyrl')).toBe('Ўн икки миллион беш юз минг сўм');
    expect(amountInWords(0, 'uz-Cyrl')).toBe('Нол сўм');
  });

  test('refuses what it cannot say', () => {
    expect(() => amountInWords(-1, 'ru')).toThrow(RangeError);
    expect(() => amountInWords(1.5, 'ru')).toThrow(RangeError);
  });
});
