import { describe, expect, it } from 'vitest';
import {
  attemptOf,
  dateOf,
  educationYearOf,
  examTypeOf,
  fieldOfHeader,
  hoursOf,
  semesterOf,
  timeOf,
  trainingTypeOf,
} from './import-columns';

describe('headers as offices type them', () => {
  it.each([
    ['Talaba ID', 'studentIdNumber'],
    ['JSHSHIR', 'pinfl'],
    ['ПИНФЛ', 'pinfl'],
    ['Fan nomi', 'subject'],
    ['Предмет', 'subject'],
    ['Фан', 'subject'],
    ['Sana', 'date'],
    ['Дата', 'date'],
    ["O'quv yili", 'educationYear'],
    ['Oʻquv yili', 'educationYear'],
    ['Sababsiz soat', 'unexcused'],
    ['absent_off', 'unexcused'],
    ['SABABLI', 'excused'],
    ['Mashgʻulot turi', 'trainingType'],
    ['Nazorat turi:', 'examType'],
    ['Qaydnoma', 'attempt'],
    ['Guruh', 'group'],
    ['Izoh', null],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });
});

describe('cells', () => {
  it.each([
    [46354, '2026-11-28'],
    ['2026-11-28', '2026-11-28'],
    ['28.11.2026', '2026-11-28'],
    ['1/2/2027', '2027-02-01'],
    ['31.02.2026', null],
    ['ertaga', null],
    [null, null],
  ] as const)('date %s → %s', (cell, iso) => {
    expect(dateOf(cell)).toBe(iso);
  });

  it.each([
    [0.354166667, '08:30'],
    [0.5, '12:00'],
    ['9:5', ''],
    ['9:05', '09:05'],
    ['13.30', '13:30'],
    [null, ''],
  ] as const)('time %s → %s', (cell, time) => {
    expect(timeOf(cell)).toBe(time);
  });

  it.each([
    [2, 2],
    ['2,5', 2.5],
    ['', 0],
    [null, 0],
    ['ikki', null],
  ] as const)('hours %s → %s', (cell, h) => {
    expect(hoursOf(cell)).toBe(h);
  });
});

describe('codes by code or by name', () => {
  it.each([
    ['', '11'],
    ['13', '13'],
    ['Amaliy', '13'],
    ['лекция', '11'],
    ['Laboratory', '12'],
    ['17', '17'],
    ['18', null],
    ['sport', null],
  ])('training type %s → %s', (text, code) => {
    expect(trainingTypeOf(text)).toBe(code);
  });

  it.each([
    ['', '13'],
    ['YN', '13'],
    ['ON', '12'],
    ['Joriy nazorat', '11'],
    ['итоговый', '13'],
    ['17', '17'],
    ['imtihon', null],
  ])('exam type %s → %s', (text, code) => {
    expect(examTypeOf(text)).toBe(code);
  });

  it.each([
    ['', '11'],
    ['1', '11'],
    ['3', '13'],
    ['12', '12'],
    ['4', null],
  ])('sitting %s → %s', (text, code) => {
    expect(attemptOf(text)).toBe(code);
  });

  it.each([
    ['3', '13'],
    ['13', '13'],
    ['12', '22'],
    ['3-semestr', '13'],
    ['23', null],
    ['kuz', null],
  ])('semester %s → %s', (text, code) => {
    expect(semesterOf(text)).toBe(code);
  });

  it.each([
    ['2026', '2026'],
    ['2026-2027', '2026'],
    ['2026/2027', '2026'],
    ['2026-2028', null],
    ['26', null],
  ])('academic year %s → %s', (text, code) => {
    expect(educationYearOf(text)).toBe(code);
  });
});
