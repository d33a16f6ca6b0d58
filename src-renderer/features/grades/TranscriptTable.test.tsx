// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordEntry, Transcript } from '../../../src-shared/contract/grades';
import type { Locale } from '../../../src-shared/contract/common';
import { I18nProvider } from '../../app/i18n';
import { TranscriptTable } from './TranscriptTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const entry = (id: string, name: string, totalPoint: number, controls: RecordEntry['controls']): RecordEntry => ({
  id,
  subjectId: `s-${id}`,
  subject: { uzLatn: name, uzCyrl: '', ru: '', en: '' },
  subjectCode: id.toUpperCase(),
  curriculumSubjectId: null,
  semester: '11',
  educationYear: '2024',
  credit: 6,
  totalPoint,
  grade: 4,
  letter: 'B',
  debt: false,
  earned: true,
  ratingGrade: '11',
  markingSystem: '13',
  attempt: 1,
  restudy: false,
  source: 'hemis',
  hasHistory: false,
  controls,
});

const semester = (rows: RecordEntry[]): Transcript['semesters'][number] => ({
  semester: '11',
  educationYear: '2024',
  credits: 12,
  gpa: 4,
  rows,
});

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

/** A fresh root each time: the provider takes its locale on mount. */
function render(s: Transcript['semesters'][number], locale: Locale) {
  act(() => root.unmount());
  root = createRoot(container);
  act(() =>
    root.render(
      <I18nProvider initial={locale}>
        <TranscriptTable semester={s} canEdit={false} onHistory={() => {}} onCorrect={() => {}} />
      </I18nProvider>,
    ),
  );
}
const cells = () => [...container.querySelectorAll('[data-testid="transcript-controls"]')].map((c) => c.textContent);

describe('TranscriptTable: marks per control', () => {
  const marks: RecordEntry['controls'] = [
    { examType: '11', finalExamType: '11', points: 25, maxPoints: 30 },
    { examType: '12', finalExamType: '11', points: 18, maxPoints: 20 },
    { examType: '13', finalExamType: '12', points: 41.5, maxPoints: 50 },
    { examType: '19', finalExamType: '11', points: 3, maxPoints: null },
  ];

  it('shows each result’s controls in one line with the short names of the UI language', () => {
    render(semester([entry('mat', 'Oliy matematika', 84.5, marks), entry('fiz', 'Fizika', 70, [])]), 'uz-Latn');
    expect(container.querySelector('thead')?.textContent).toContain('Nazoratlar');
    // An exam type the catalogues do not know keeps its code; a mark without a maximum shows its points.
    expect(cells()).toEqual(['JN 25/30 · ON 18/20 · YN 41.5/50 · 19 3', '']);
    render(semester([entry('mat', 'Oliy matematika', 84.5, marks.slice(0, 3))]), 'ru');
    expect(cells()).toEqual(['ТК 25/30 · ПК 18/20 · ИК 41.5/50']);
    render(semester([entry('mat', 'Oliy matematika', 84.5, marks.slice(0, 3))]), 'uz-Cyrl');
    expect(cells()).toEqual(['ЖН 25/30 · ОН 18/20 · ЯН 41.5/50']);
  });

  it('has no controls column when no result of the semester has marks', () => {
    render(semester([entry('fiz', 'Fizika', 70, [])]), 'en');
    expect(container.querySelector('thead')?.textContent).not.toContain('Controls');
    expect(cells()).toEqual([]);
  });
});
