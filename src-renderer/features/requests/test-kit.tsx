import { act } from 'react';
import type { RequestSummary, RequestTypeView } from '../../../src-shared/contract/requests';

/** What the requests screens' tests share: queries on the document (dialogs are portalled) and sample data. */

export const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));
export const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

export async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => (el as HTMLElement).click());
  await settle();
}

export const buttonNamed = (name: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('button, [role="tab"]')].find((b) => b.textContent?.trim() === name);

/** The input a visible label (without the required star) belongs to. */
export function inputLabelled(text: string): HTMLInputElement {
  const label = [...document.querySelectorAll('label')].find(
    (l) => l.textContent?.replace(/\s*\*\s*$/, '').trim() === text,
  );
  const input = label && document.getElementById(label.htmlFor);
  if (!input) throw new Error(`no input labelled ${text}`);
  return input as HTMLInputElement;
}

export function typeInto(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Opens the MUI select with this test id and picks the option with this value. */
export async function choose(testId: string, value: string) {
  const button = document.querySelector(`[data-testid="${testId}"] [role="combobox"]`);
  if (!button) throw new Error(`no select ${testId}`);
  await act(async () => button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
  await click(document.querySelector(`[role="option"][data-value="${value}"]`));
}

const names = (en: string) => ({ 'uz-Latn': en, 'uz-Cyrl': en, ru: en, en });

export const restudyType: RequestTypeView = {
  id: 't1',
  code: 'restudy',
  names: names('Re-study of subjects with a group'),
  deadlineDays: 3,
  requiredAttachments: [{ id: 'passport', names: names('Passport copy') }],
  documentType: null,
  defaultAssigneeId: null,
  defaultAssigneeName: null,
  active: true,
  sortOrder: 10,
  builtIn: true,
};

export function summary(over: Partial<RequestSummary>): RequestSummary {
  return {
    id: 'r1',
    number: 'A-2026/1',
    typeId: 't1',
    typeCode: 'restudy',
    typeNames: restudyType.names,
    studentId: 's1',
    applicantName: 'Aliyev Bobur',
    studentIdNumber: '3642400001',
    visitorPhone: '',
    status: 'new',
    assigneeId: 'u1',
    assigneeName: 'Operator',
    receivedOn: '2026-12-01',
    dueOn: '2026-12-04',
    deadline: 'ok',
    workingDays: 1,
    ...over,
  };
}
