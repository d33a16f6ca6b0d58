// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clause } from '../../../../src-shared/contract/orders';
import type { Role } from '../../../../src-shared/contract/roles';
import { I18nProvider } from '../../../app/i18n';
import { SHELLS } from '../../../shells/shells';
import { ClausesPage } from './ClausesPage';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const answers = vi.hoisted(() => new Map<string, (input: Record<string, unknown>) => unknown>());
const session = vi.hoisted(() => ({ role: 'back_office' as string }));
vi.mock('../../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const answer = answers.get(channel);
    return Promise.resolve(answer ? answer(input) : { ok: true, data: [] });
  },
  api: { on: () => () => {} },
}));
vi.mock('../../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: session.role, fullName: 'Operator' }, health: {} }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LIBRARY: Clause[] = [
  {
    id: 'p1',
    kind: 'preamble',
    types: ['academicLeave'],
    textUz: 'Nizomning 5-bandiga asosan',
    textRu: 'На основании п. 5 Положения',
    isDefault: true,
  },
  { id: 'b1', kind: 'basis', types: [], textUz: 'Talabaning arizasi', textRu: 'Заявление студента', isDefault: false },
];

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  answers.clear();
  answers.set('orders.clauses', () => ({ ok: true, data: { clauses: LIBRARY } }));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));
// Dialogs render in a portal under <body>.
const byTestId = (id: string) => document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...document.body.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const click = async (el: HTMLElement | null | undefined) => {
  await act(async () => el?.click());
  await settle();
};
const saves = () => calls.filter((c) => c.channel === 'orders.saveClauses').map((c) => c.input.clauses as Clause[]);

/** Types into a controlled field the way React hears it (the native setter, then an input event). */
function typeInto(name: string, value: string) {
  const el = document.body.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`);
  if (!el) throw new Error(`no field ${name}`);
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const helperOf = (name: string) =>
  document.body.querySelector(`textarea[name="${name}"]`)?.closest('.MuiFormControl-root')?.querySelector('p')
    ?.textContent;

async function render(role: Role = 'back_office') {
  session.role = role;
  const shell = SHELLS.find((s) => s.id === 'back-office');
  if (!shell) throw new Error('no back office');
  act(() =>
    root.render(
      <I18nProvider initial="en">
        <ClausesPage shell={shell} />
      </I18nProvider>,
    ),
  );
  await settle();
}

describe('ClausesPage', () => {
  it('lists the clauses by kind with the types they fit and the default flag', async () => {
    await render();
    const rows = (kind: string) =>
      [...(byTestId(`clauses-${kind}`)?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
        [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent),
      );
    expect(rows('preamble')).toEqual([
      ['1', 'Academic leave', 'Nizomning 5-bandiga asosan', 'На основании п. 5 Положения', 'Yes'],
    ]);
    expect(rows('basis')).toEqual([['1', 'All types', 'Talabaning arizasi', 'Заявление студента', '']]);
    expect(rows('control')).toEqual([['No clauses']]);
    expect(allByTestId('clause-delete')).toHaveLength(2);
  });

  it('shows a read-only role the library without add, edit or delete', async () => {
    await render('viewer');
    expect(allByTestId('clause-row')).toHaveLength(2);
    expect(byTestId('clause-add-preamble')).toBeNull();
    expect(allByTestId('clause-delete')).toHaveLength(0);
    expect(container.querySelector('button[aria-label="Edit"]')).toBeNull();
  });

  it('adds a clause: the whole library is saved with it, an issue shows under its field', async () => {
    answers.set('orders.saveClauses', () => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'error.validation',
        message: '',
        details: { issues: [{ path: 'clauses.2.textUz', key: 'validation.required' }] },
      },
    }));
    await render();
    await click(byTestId('clause-add-control'));
    typeInto('textRu', 'Контроль возложить на декана');
    await click(byTestId('dialog-save'));

    const [sent] = saves();
    expect(sent?.slice(0, 2)).toEqual(LIBRARY);
    expect(sent?.[2]).toMatchObject({ kind: 'control', types: [], textUz: '', textRu: 'Контроль возложить на декана' });
    expect(sent?.[2]?.id).toMatch(/^[0-9a-f-]{36}$/);
    // Still open, the issue at the Uzbek text and no issue path listed raw anywhere.
    expect(byTestId('form-dialog')).not.toBeNull();
    expect(helperOf('textUz')).toBe('Required');
    expect(document.body.textContent).not.toContain('clauses.2');

    answers.set('orders.saveClauses', (input) => ({ ok: true, data: input }));
    typeInto('textUz', 'Nazorat dekanga yuklansin');
    await click(byTestId('dialog-save'));
    expect(saves()[1]?.[2]).toMatchObject({ textUz: 'Nazorat dekanga yuklansin' });
    expect(byTestId('form-dialog')).toBeNull();
    expect(calls.filter((c) => c.channel === 'orders.clauses')).toHaveLength(2);
  });

  it('shows an issue the backend finds in another clause at that clause', async () => {
    answers.set('orders.saveClauses', () => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'error.validation',
        message: '',
        details: { issues: [{ path: 'clauses.0.textRu', key: 'validation.tooLong', params: { max: 2000 } }] },
      },
    }));
    await render();
    await click(allByTestId('clause-delete')[1]);
    await click(byTestId('clause-delete-confirm'));
    expect(saves()).toEqual([[LIBRARY[0]]]);
    const issues = allByTestId('clause-issue');
    expect(issues.map((i) => i.closest('tr')?.getAttribute('data-id'))).toEqual(['p1']);
    expect(issues[0]?.textContent).toBe('Russian text: At most 2000 characters');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The data has errors');
  });

  it('edits a clause in place and shows an issue of its default flag under the checkbox', async () => {
    answers.set('orders.saveClauses', () => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'error.validation',
        message: '',
        details: {
          issues: [{ path: 'clauses.1.isDefault', key: 'validation.invalidValue' }],
        },
      },
    }));
    await render();
    await click(allByTestId('clause-row')[1]?.querySelector<HTMLElement>('button[aria-label="Edit"]'));
    typeInto('textUz', 'Talabaning arizasi va maʼlumotnoma');
    await click(byTestId('dialog-save'));
    expect(saves()[0]?.map((c) => c.id)).toEqual(['p1', 'b1']);
    expect(saves()[0]?.[1]?.textUz).toBe('Talabaning arizasi va maʼlumotnoma');
    const checkbox = document.body.querySelector('input[name="isDefault"]')?.closest('.MuiFormControl-root');
    expect(checkbox?.querySelector('.MuiFormHelperText-root')?.textContent).toBe('Invalid value');
    expect(byTestId('form-dialog')?.querySelector('[role="alert"]')?.textContent).toBe('The data has errors');
  });
});
