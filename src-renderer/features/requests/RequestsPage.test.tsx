// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../src-shared/contract/roles';
import { I18nProvider } from '../../app/i18n';
import { homeShellOf } from '../../shells/shells';
import { RequestsPage } from './RequestsPage';
import { allByTestId, buttonNamed, click, settle } from './test-kit';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const session = vi.hoisted(() => ({ role: 'front_office' as string }));
vi.mock('../../api/client', async () => {
  const kit = await import('./test-kit');
  const items = [
    kit.summary({ id: 'late', number: 'A-2026/3', deadline: 'overdue', workingDays: 2, dueOn: '2026-11-30' }),
    kit.summary({ id: 'fine', number: 'A-2026/4', deadline: 'ok', studentId: null, applicantName: 'Toshmatova G.' }),
    kit.summary({ id: 'done', number: 'A-2026/1', status: 'handedOver', deadline: null, workingDays: null }),
  ];
  return {
    call: (channel: string, input: Record<string, unknown>) => {
      calls.push({ channel, input });
      if (channel === 'requests.list')
        return Promise.resolve({ ok: true, data: { items, total: 3, today: '2026-12-02' } });
      return Promise.resolve({ ok: true, data: { items: [] } });
    },
    api: { on: () => () => {} },
  };
});
vi.mock('../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: session.role, fullName: 'Operator' }, health: {} }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>;
}

async function render(role: Role) {
  session.role = role;
  const shell = homeShellOf(role);
  act(() =>
    root.render(
      <I18nProvider initial="en">
        <MemoryRouter initialEntries={[`/${shell.id}/requests`]}>
          <Where />
          <Routes>
            <Route path="*" element={<RequestsPage shell={shell} />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
  await settle();
}

const lastList = () => calls.filter((c) => c.channel === 'requests.list').at(-1)?.input;

describe('the requests page', () => {
  it('opens on my queue with overdue rows tinted and saying "Overdue"; "All" lists everything; a row opens', async () => {
    await render('front_office');
    expect(lastList()).toEqual({ mine: true, limit: 50, offset: 0 });
    const rows = allByTestId('request-row');
    expect(rows.map((r) => [r.dataset.requestId, r.dataset.deadline])).toEqual([
      ['late', 'overdue'],
      ['fine', 'ok'],
      ['done', 'none'],
    ]);
    const [late, fine] = rows as [HTMLElement, HTMLElement];
    expect(late.querySelector('[data-testid="overdue-chip"]')?.textContent).toBe('Overdue');
    expect(fine.querySelector('[data-testid="overdue-chip"]')).toBeNull();
    expect(getComputedStyle(late).backgroundColor).not.toBe(getComputedStyle(fine).backgroundColor);
    expect(fine.textContent).toContain('Visitor (not a student)');

    await click(buttonNamed('All'));
    expect(lastList()).toEqual({ limit: 50, offset: 0 });
    await click(allByTestId('request-row')[0]);
    expect(document.querySelector('[data-testid="where"]')?.textContent).toBe('/front-desk/requests/late');
  });

  it('lets the counter take a request, but not the archive, which starts on all requests', async () => {
    await render('front_office');
    expect(buttonNamed('Take a request')).toBeDefined();
    act(() => root.unmount());
    root = createRoot(container);
    await render('archive');
    expect(buttonNamed('Take a request')).toBeUndefined();
    expect(lastList()).toEqual({ limit: 50, offset: 0 });
  });
});
