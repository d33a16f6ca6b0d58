// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApplicationDetail } from '../../../src-shared/contract/foreign';
import { CHECKLIST_ITEMS } from '../../../src-shared/domain/foreign-admission';
import { I18nProvider } from '../../app/i18n';
import { homeShellOf } from '../../shells/shells';
import { ChecklistCard } from './ChecklistCard';
import { ForeignApplicationPage } from './ForeignApplicationPage';
import { RegisterDialog } from './RegisterDialog';

const state = vi.hoisted(() => ({
  calls: [] as { channel: string; input: Record<string, unknown> }[],
  application: null as unknown,
}));
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    state.calls.push({ channel, input });
    const data =
      channel === 'foreign.groups'
        ? [
            {
              id: 'g1',
              name: 'IQT-25',
              course: 1,
              educationLang: '12',
              faculty: 'Iqtisodiyot',
              curriculum: 'IQ',
              students: 20,
              subjects: 4,
            },
          ]
        : channel === 'structure.specialties'
          ? []
          : state.application;
    return Promise.resolve({ ok: true, data });
  },
  api: { on: () => () => {} },
}));
vi.mock('../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: 'front_office', fullName: 'Operator' }, health: {} }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function application(patch: Partial<ApplicationDetail>): ApplicationDetail {
  return {
    id: 'a1',
    number: 'F-2026/1',
    lastName: 'RAHMONOV',
    firstName: 'Firdavs',
    patronymic: '',
    passportNumber: '400718235',
    country: 'TJ',
    status: 'admitted',
    specialty: '60410100 Iqtisodiyot',
    educationForm: '11',
    course: 1,
    missing: 0,
    studentId: null,
    createdAt: '2026-11-20T05:00:00.000Z',
    birthDate: '2007-03-15',
    gender: '11',
    phone: '',
    email: '',
    specialtyId: 's1',
    educationLang: '12',
    notes: '',
    rejectReason: null,
    checklist: CHECKLIST_ITEMS.map(({ item, required }) => ({
      item,
      required,
      received: required,
      receivedOn: required ? '2026-11-20' : null,
      note: '',
    })),
    files: [],
    groupId: null,
    groupName: null,
    studentName: null,
    createdBy: 'clerk',
    updatedAt: '2026-11-20T05:00:00.000Z',
    ...patch,
  };
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  state.calls.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const sent = (channel: string) => state.calls.filter((c) => c.channel === channel).map((c) => c.input);
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));
const button = (name: string) =>
  [...document.querySelectorAll<HTMLElement>('button, a')].find((b) => b.textContent === name);

const shell = homeShellOf('front_office');

async function render(node: ReactNode) {
  act(() =>
    root.render(
      <I18nProvider initial="en">
        <MemoryRouter initialEntries={[`/${shell.id}/foreign/a1`]}>
          <Routes>
            <Route path={`/${shell.id}/foreign/:id`} element={node} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
  await settle();
}

// Each part is drawn on its own where it can be: the whole page is large, and the tests stay quick.
describe('the foreign application page', () => {
  it('ticks a document by its label', async () => {
    await render(<ChecklistCard application={application({})} editable onChanged={() => {}} />);
    const visa = document.querySelector<HTMLInputElement>('input[aria-label="Study visa"]')!;
    expect(visa.checked).toBe(false);
    await act(async () => visa.click());
    expect(sent('foreign.setChecklistItem')).toEqual([
      { id: 'a1', item: 'visa', received: true, receivedOn: null, note: '' },
    ]);
  });

  it('registers an admitted applicant in a picked group', async () => {
    await render(<RegisterDialog application={application({})} onClose={() => {}} onDone={() => {}} />);
    expect(document.body.textContent).toContain('Students: 20 · subjects: 4');
    const radio = document.querySelector<HTMLInputElement>('input[type="radio"][value="g1"]')!;
    await act(async () => radio.click());
    await act(async () => button('Enrol in the group')!.click());
    expect(sent('foreign.register')).toEqual([{ id: 'a1', groupId: 'g1' }]);
  });

  it('links a registered applicant to the student card, with no steps left', async () => {
    state.application = application({
      status: 'registered',
      studentId: 's9',
      studentName: 'RAHMONOV Firdavs',
      groupName: 'IQT-25',
    });
    await render(<ForeignApplicationPage shell={shell} />);
    expect(button('Student card')?.getAttribute('href')).toBe('/front-desk/students/s9');
    expect(button('Register as a student')).toBeUndefined();
    expect(button('Reject')).toBeUndefined();
    expect(document.body.textContent).toContain('RAHMONOV Firdavs is registered as a student of group IQT-25');
  });
});
