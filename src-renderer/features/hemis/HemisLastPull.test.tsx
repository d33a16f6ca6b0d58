// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HemisCounts, HemisPullSummary } from '../../../src-shared/contract/hemis';
import { I18nProvider } from '../../app/i18n';
import { HemisLastPull } from './HemisLastPull';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const c = (created: number, unchanged = 0, rejected = 0): HemisCounts => ({ created, updated: 0, unchanged, rejected });
const summary: HemisPullSummary = {
  pullId: 'p1',
  mode: 'full',
  since: null,
  startedAt: '2026-11-28T09:00:00.000Z',
  finishedAt: '2026-11-28T09:05:00.000Z',
  resumed: false,
  departments: c(5),
  specialties: c(3),
  groups: c(4),
  markingSystems: c(3),
  employees: c(3, 0, 1),
  educationYears: c(2),
  curricula: c(3),
  semesters: c(6),
  subjects: c(3, 1),
  curriculumSubjects: c(4, 0, 1),
  students: c(44, 0, 1),
  pages: 5,
  requests: 13,
};

function rows(): string[][] {
  return [...container.querySelectorAll('[data-testid="hemis-summary"] tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}

describe('HemisLastPull', () => {
  it('lists what the reference step wrote between the groups and the students', () => {
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <HemisLastPull summary={summary} />
        </I18nProvider>,
      ),
    );
    expect(rows().map((r) => r[0])).toEqual([
      'Departments',
      'Specialties',
      'Groups',
      'Marking systems',
      'Employees',
      'Academic years',
      'Curricula',
      'Semesters',
      'Subjects',
      'Curriculum subjects',
      'Students',
    ]);
    expect(rows()[4]).toEqual(['Employees', '3', '0', '0', '1']);
    expect(rows()[9]).toEqual(['Curriculum subjects', '4', '0', '0', '1']);
  });

  it('leaves out the rows a pull by an older version did not count', () => {
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <HemisLastPull
            summary={{
              ...summary,
              markingSystems: null,
              employees: null,
              educationYears: null,
              curricula: null,
              semesters: null,
              subjects: null,
              curriculumSubjects: null,
            }}
          />
        </I18nProvider>,
      ),
    );
    expect(rows().map((r) => r[0])).toEqual(['Departments', 'Specialties', 'Groups', 'Students']);
  });
});
