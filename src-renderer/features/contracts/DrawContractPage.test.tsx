// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../app/i18n';
import { SHELLS } from '../../shells/shells';
import { DrawContractPage } from './DrawContractPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const STUDENT = '01900000-0000-7000-8000-000000000001';
const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    if (channel === 'students.get')
      return Promise.resolve({
        ok: true,
        data: {
          id: input.id,
          lastNameLat: 'Karimova',
          firstNameLat: 'Dilnoza',
          patronymicLat: '',
          studentIdNumber: '364240002',
        },
      });
    if (channel === 'students.search') return Promise.resolve({ ok: true, data: { total: 0, items: [] } });
    if (channel === 'contracts.debtSubjects')
      return Promise.resolve({ ok: true, data: [{ name: 'Fizika', credits: 4, semester: '13' }] });
    if (channel === 'contracts.calculate')
      return Promise.resolve({
        ok: true,
        data: {
          calculation: {
            kind: 'restudy',
            educationYear: '2026-2027',
            tariffLabel: '2026-2027 v2',
            tariffTableId: 't',
            amount: 800000,
            formula: '4 × 200 000 = 800 000',
            steps: [],
            restudy: {
              creditPrice: 200000,
              creditPriceSource: 'baseContract',
              subjects: [{ name: 'Fizika', credits: 4, amount: 800000 }],
            },
            inputs: {},
            payer: null,
          },
          schedule: [{ dueDate: '2026-12-08', percent: 100, cumulativeAmount: 800000, amount: 800000 }],
          html: '<p>contract</p>',
        },
      });
    return Promise.resolve({ ok: true, data: [] });
  },
  api: { on: () => () => {} },
}));
vi.mock('../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: 'front_office', fullName: 'Operator' }, health: {} }),
}));

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));

describe('DrawContractPage', () => {
  it('takes the student and kind from the link, loads the debts and shows the live formula and tariff version', async () => {
    const shell = SHELLS.find((s) => s.id === 'front-desk')!;
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <MemoryRouter initialEntries={[`/contracts/new?student=${STUDENT}&kind=restudy`]}>
            <DrawContractPage shell={shell} />
          </MemoryRouter>
        </I18nProvider>,
      ),
    );
    await settle();
    await settle();
    const calc = calls.filter((c) => c.channel === 'contracts.calculate').at(-1)?.input;
    expect(calc).toMatchObject({ studentId: STUDENT, kind: 'restudy', subjects: [{ name: 'Fizika', credits: 4 }] });
    const text = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent;
    expect(text('contract-formula')).toBe('Formula: 4 × 200 000 = 800 000');
    expect(text('contract-tariff')).toBe('Tariff: 2026-2027 v2');
    expect(container.textContent).toContain('Draw up and issue');
  });
});
