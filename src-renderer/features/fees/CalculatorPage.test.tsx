// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, expect, it, vi } from 'vitest';
import type { ContractAmountResult } from '../../../src-shared/contract/fees';
import { THIN_SPACE } from '../../../src-shared/domain/fees';
import { pageTestKit } from '../orders/bulk/page-test-kit';
import { CalculatorPage } from './CalculatorPage';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const answers = vi.hoisted(() => new Map<string, (input: Record<string, unknown>) => unknown>());
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const answer = answers.get(channel);
    return Promise.resolve(answer ? answer(input) : { ok: true, data: { items: [], years: [] } });
  },
  api: { on: () => () => {} },
}));

const thin = (text: string) => text.replace(/_/g, THIN_SPACE);
/** The worked example "sum mode, a stipend contract, 50 % off the tuition only" as the channel answers it. */
const RESULT: ContractAmountResult = {
  amount: 13_200_000,
  steps: [
    {
      key: 'fees.step.price',
      params: { price: 12_000_000 },
      value: 12_000_000,
      amountAfter: 12_000_000,
      formula: thin('12_000_000'),
    },
    {
      key: 'fees.step.typeCoef',
      params: { contractType: '11', coefficient: 1 },
      value: 0,
      amountAfter: 12_000_000,
      formula: thin('12_000_000 × 1,0 = 12_000_000'),
    },
    {
      key: 'fees.step.stipendAddition',
      params: { stipend: 600_000, months: 12 },
      value: 7_200_000,
      amountAfter: 19_200_000,
      formula: thin('12_000_000 + 12 × 600_000 = 19_200_000'),
    },
    {
      key: 'fees.step.discount',
      params: { percent: 50, base: 12_000_000 },
      value: -6_000_000,
      amountAfter: 13_200_000,
      formula: thin('19_200_000 − 50_% × 12_000_000 = 13_200_000'),
    },
  ],
  formula: thin('12_000_000; 12_000_000 × 1,0 = 12_000_000; …'),
  tariffTableId: 't1',
  tariffVersion: '2026-2027 v1',
  educationYear: '2026-2027',
  facts: {
    specialtyCode: '60410100',
    educationForm: '11',
    citizenship: '11',
    finalYear: false,
    studentId: null,
    studentName: null,
    studentIdNumber: null,
    group: null,
    course: null,
    specialtyName: null,
    paymentForm: null,
  },
  contractType: '11',
  summaType: '11',
  discountCode: null,
  discountPercent: 50,
  months: 12,
};

const { settle, byTestId, render, container } = pageTestKit();
beforeEach(() => {
  calls.length = 0;
  answers.clear();
});

function typeInto(label: string, value: string) {
  const field = [...container().querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  const input = field?.htmlFor ? container().querySelector<HTMLInputElement>(`#${CSS.escape(field.htmlFor)}`) : null;
  if (!input) throw new Error(`no field ${label}`);
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

it("a visitor's contract: the amount, each step translated with its formula, the tariff version", async () => {
  answers.set('fees.calculateContract', () => ({ ok: true, data: RESULT }));
  await render('front-desk', (shell) => <CalculatorPage shell={shell} />);
  typeInto('Specialty code', '60410100');
  const calculate = [...container().querySelectorAll('button')].find((b) => b.textContent === 'Calculate');
  await act(async () => calculate?.click());
  await settle();

  expect(calls.find((c) => c.channel === 'fees.calculateContract')?.input).toMatchObject({
    facts: { specialtyCode: '60410100', educationForm: '11', citizenship: '11', finalYear: false },
    contractType: '11',
    summaType: '12',
    months: 12,
  });
  expect(byTestId('fee-amount')?.textContent).toBe(thin('13_200_000 soʻm'));
  expect(byTestId('fee-tariff-version')?.textContent).toBe('Tariff: 2026-2027 v1');
  const steps = [...(byTestId('fee-steps')?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
  expect(steps).toEqual([
    thin('Contract price of the specialty: 12_000_000 soʻm12_000_000'),
    thin('Contract type (11 — Base) coefficient: × 1,012_000_000 × 1,0 = 12_000_000'),
    thin('With stipend: 12 monthly stipends added (600_000 soʻm each)12_000_000 + 12 × 600_000 = 19_200_000'),
    thin('Discount 50_% (of the tuition part, 12_000_000 soʻm)19_200_000 − 50_% × 12_000_000 = 13_200_000'),
  ]);
  const buttons = [...(byTestId('fee-result')?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
  // A visitor is not in the registry yet: printing, but no contract to draw up from here.
  expect(buttons).toEqual(['Print']);
});

it('opens on the re-study tab for the student a link names, with their debts', async () => {
  answers.set('students.get', (input) => ({
    ok: true,
    data: {
      id: input.id,
      lastNameLat: 'Karimova',
      firstNameLat: 'Dilnoza',
      patronymicLat: '',
      studentIdNumber: '3001',
    },
  }));
  answers.set('fees.restudyDebts', () => ({ ok: true, data: { items: [] } }));
  await render('front-desk', (shell) => <CalculatorPage shell={shell} />, '/fee-calculator?student=s-1&tab=restudy');
  await settle();
  expect(calls.find((c) => c.channel === 'students.get')?.input).toEqual({ id: 's-1' });
  expect(calls.find((c) => c.channel === 'fees.restudyDebts')?.input).toEqual({ id: 's-1' });
  const tab = [...container().querySelectorAll('[role="tab"]')].find((t) => t.getAttribute('aria-selected') === 'true');
  expect(tab?.textContent).toBe('Re-study');
  expect(container().querySelector<HTMLInputElement>('input[role="combobox"]')?.value).toBe('Karimova Dilnoza · 3001');
});
