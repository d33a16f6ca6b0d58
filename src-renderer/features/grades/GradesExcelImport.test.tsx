// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GradesImportResult } from '../../../src-shared/contract/grades';
import { I18nProvider } from '../../app/i18n';
import { GradesExcelImport } from './GradesExcelImport';
import { GradesHemisPull } from './GradesHemisPull';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const answers = vi.hoisted(() => new Map<string, (input: Record<string, unknown>) => unknown>());
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const answer = answers.get(channel);
    return Promise.resolve(answer ? answer(input) : { ok: true, data: {} });
  },
  api: { on: () => () => {} },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const job = (id: string, state: string, result?: unknown) => ({
  id,
  kind: 'grades.import',
  ownerId: 'u1',
  state,
  done: 1,
  total: 1,
  step: 'grades.step.check',
  startedAt: '2026-11-28T09:00:00.000Z',
  finishedAt: null,
  error: null,
  result,
});

const dryRun: GradesImportResult = {
  fileName: 'baholar.xlsx',
  dryRun: true,
  rows: 3,
  added: 2,
  replaced: 0,
  unchanged: 0,
  rejectedCount: 1,
  rejected: [{ row: 4, column: 'Talaba ID', message: 'Talaba ID: student not found' }],
};

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  answers.clear();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** Lets the job poll (50 ms) and the answers after it settle. */
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 120)));
const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function chooseFile(file: File) {
  const input = byTestId('import-file-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('GradesExcelImport', () => {
  it('checks a chosen file at once, lists the rejected row by row and column, then imports for real', async () => {
    let jobs = 0;
    answers.set('grades.import', () => ({ ok: true, data: { jobId: `j${++jobs}` } }));
    answers.set('jobs.list', () => ({ ok: true, data: [job(`j${jobs}`, 'succeeded')] }));
    answers.set('grades.importResult', (input) => ({
      ok: true,
      data: input.jobId === 'j1' ? dryRun : { ...dryRun, dryRun: false },
    }));
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <GradesExcelImport />
        </I18nProvider>,
      ),
    );
    await chooseFile(new File([new Uint8Array([80, 75, 3, 4])], 'baholar.xlsx'));
    await settle();
    await settle();

    expect(calls.find((c) => c.channel === 'grades.import')?.input).toEqual({
      fileName: 'baholar.xlsx',
      data: 'UEsDBA==',
      dryRun: true,
    });
    expect(byTestId('grades-dry-run')?.textContent).toContain('Check result: nothing was written');
    expect(byTestId('count-added')?.textContent).toContain('2');
    expect(byTestId('count-rejected')?.textContent).toContain('1');
    const line = byTestId('report-line');
    expect(line?.getAttribute('data-row')).toBe('4');
    expect([...(line?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '4',
      'Talaba ID',
      'student not found',
    ]);
    const run = byTestId('grades-import-run') as HTMLButtonElement;
    expect(run.textContent).toBe('Import 2 grades');
    expect(run.disabled).toBe(false);

    await act(async () => run.click());
    await settle();
    await settle();
    expect(calls.filter((c) => c.channel === 'grades.import').map((c) => c.input.dryRun)).toEqual([true, false]);
    expect(byTestId('grades-import-done')?.textContent).toContain('Import finished');
    expect(byTestId('grades-import-again')).not.toBeNull();
  });

  it('shows the job error in words when the file has no header row', async () => {
    answers.set('grades.import', () => ({ ok: true, data: { jobId: 'j9' } }));
    answers.set('jobs.list', () => ({ ok: true, data: [job('j9', 'failed')] }));
    answers.set('grades.importResult', () => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'error.gradeImportNoHeader',
        message: '',
        params: { file: 'bosh.xlsx' },
      },
    }));
    act(() =>
      root.render(
        <I18nProvider initial="uz-Latn">
          <GradesExcelImport />
        </I18nProvider>,
      ),
    );
    await chooseFile(new File(['x'], 'bosh.xlsx'));
    await settle();
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'bosh.xlsx: talaba, fan va baho ustunlari topilmadi',
    );
    // The same file can be checked again once it is fixed on disk.
    expect(byTestId('grades-import-check')).not.toBeNull();
  });

  it('refuses an empty file without sending it', async () => {
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <GradesExcelImport />
        </I18nProvider>,
      ),
    );
    await chooseFile(new File([], 'empty.xlsx'));
    expect(calls.some((c) => c.channel === 'grades.import')).toBe(false);
    expect(byTestId('grades-import-check')).toBeNull();
  });
});

describe('GradesHemisPull', () => {
  it('says who sets HEMIS up when it is not configured', async () => {
    answers.set('grades.filters', () => ({ ok: true, data: { faculties: [], groups: [], years: ['2025'] } }));
    answers.set('grades.pull', () => ({
      ok: false,
      error: { code: 'CONFLICT', key: 'error.hemisNotConfigured', message: '' },
    }));
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <GradesHemisPull />
        </I18nProvider>,
      ),
    );
    await settle();
    await act(async () => byTestId('grades-pull')?.click());
    await settle();
    expect(calls.find((c) => c.channel === 'grades.pull')?.input).toEqual({});
    expect(byTestId('hemis-not-configured')?.textContent).toContain('The HEMIS address and API token are not set');
    expect(byTestId('hemis-not-configured')?.textContent).toContain('“HEMIS” page');
  });

  it('shows the counts of a finished pull', async () => {
    answers.set('grades.filters', () => ({ ok: true, data: { faculties: [], groups: [], years: [] } }));
    answers.set('grades.pull', () => ({ ok: true, data: { jobId: 'p1' } }));
    answers.set('jobs.list', () => ({
      ok: true,
      data: [
        job('p1', 'succeeded', {
          records: { seen: 40, added: 38, unchanged: 1, rejected: 1 },
          gpa: { seen: 5, stored: 5, rejected: 0 },
          performance: { seen: 120, stored: 117, unchanged: 0, rejected: 3 },
          rejects: [
            { endpoint: 'academic-record-list', hemisId: 777, key: 'error.gradePullStudent' },
            { endpoint: 'student-performance-list', hemisId: 8006, key: 'error.gradePullMark' },
          ],
        }),
      ],
    }));
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <GradesHemisPull />
        </I18nProvider>,
      ),
    );
    await settle();
    await act(async () => byTestId('grades-pull')?.click());
    await settle();
    expect(byTestId('grades-pull-records')?.textContent).toContain('38');
    expect(byTestId('grades-pull-gpa')?.textContent).toContain('5');
    expect(byTestId('grades-pull-rejects')?.textContent).toContain('777');
    const performance = byTestId('grades-pull-performance');
    expect(
      ['seen', 'stored', 'unchanged', 'rejected'].map(
        (id) => performance?.querySelector(`[data-testid="count-${id}"]`)?.textContent,
      ),
    ).toEqual(['Received120', 'Stored117', 'Unchanged0', 'Rejected3']);
    const rows = [...(byTestId('grades-pull-rejects')?.querySelectorAll('tbody tr') ?? [])];
    expect([...(rows[1]?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      'Marks per control (CC, MC, FC)',
      '8006',
      'The control type or the points could not be read',
    ]);
  });
});
