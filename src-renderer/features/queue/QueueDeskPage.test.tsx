// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { QueueTicket } from '../../../src-shared/contract/queue';
import { pageTestKit } from '../orders/bulk/page-test-kit';
import { buttonNamed, byTestId, click, inputLabelled, typeInto } from '../requests/test-kit';
import { QueueDeskPage } from './QueueDeskPage';

/** The backend as the operator's window sees it: one window (mine), one waiting ticket until it is called. */
const backend = vi.hoisted(() => ({
  calls: [] as { channel: string; input: Record<string, unknown> }[],
  current: null as unknown,
  /** What "Call next" brings (the plain ticket below unless a test sets one). */
  next: null as unknown,
}));
const ticket: QueueTicket = {
  id: 't1',
  day: '2026-11-28',
  serviceId: 's1',
  number: 12,
  label: 'A-012',
  status: 'called',
  issuedAt: '2026-11-28T04:00:00.000Z',
  calledAt: '2026-11-28T04:04:05.000Z',
  servingAt: null,
  finishedAt: null,
  windowId: 'w1',
  windowLabel: '1',
  recalls: 0,
  studentId: null,
  studentName: null,
  requestId: null,
};
vi.mock('../../api/client', async () => ({
  call: async (channel: string, input: Record<string, unknown>) => {
    backend.calls.push({ channel, input });
    const kit = await import('../requests/test-kit');
    const data: Record<string, unknown> = {
      'requests.types': { items: [kit.restudyType] },
      'requests.calendar': { calendar: { holidays: [], workdays: [], weekendDays: [0, 6] }, isDefault: true },
      'requests.assignees': { items: [] },
      'requests.create': { ...kit.summary({ id: 'r9', number: 'A-2026/9', studentId: null }) },
      'queue.settings': {
        services: [
          {
            id: 's1',
            prefix: 'A',
            names: { 'uz-Latn': 'Maʼlumotnomalar', 'uz-Cyrl': '', ru: '', en: 'Certificates' },
            requestTypeId: 't1',
            active: true,
            sortOrder: 1,
          },
        ],
        windows: [{ id: 'w1', label: '1', serviceIds: [], operatorId: 'u1', operatorName: 'Operator', active: true }],
        requestTypes: [],
        operators: [],
      },
      'queue.desk': {
        day: '2026-11-28',
        current: backend.current,
        next: [],
        waiting: [{ serviceId: 's1', waiting: backend.current ? 0 : 1 }],
      },
      'queue.callNext': { ticket: backend.next ?? ticket },
      'queue.finish': { ticket: { ...ticket, status: 'done' } },
    };
    if (channel === 'queue.callNext') backend.current = backend.next ?? ticket;
    if (channel === 'queue.finish') backend.current = null;
    return { ok: true, data: data[channel] };
  },
}));
vi.mock('../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: 'front_office', fullName: 'Operator' }, health: {} }),
}));

const kit = pageTestKit();
const button = (name: string) =>
  [...kit.container().querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

describe('the operator’s window', () => {
  it('calls the next ticket at my window, shows it large and closes it with Done', async () => {
    await kit.render('front-desk', (shell) => <QueueDeskPage shell={shell} />);
    await kit.settle();
    expect(kit.byTestId('current-ticket-none')?.textContent).toBe('No ticket at this window');
    expect(kit.byTestId('queue-waiting')?.textContent).toContain('A — Certificates1');
    expect(button('Done')).toBeUndefined();

    await act(async () => button('Call next').click());
    await kit.settle();
    expect(backend.calls.find((c) => c.channel === 'queue.callNext')?.input).toEqual({ windowId: 'w1' });
    expect(kit.byTestId('current-ticket')?.textContent).toBe('A-012');
    expect(kit.container().textContent).toContain('Waited: 4:05');
    expect(button('Call next').disabled).toBe(true);
    expect(button('Recall')).toBeDefined();
    expect(button('No-show')).toBeDefined();

    await act(async () => button('Done').click());
    await kit.settle();
    expect(backend.calls.find((c) => c.channel === 'queue.finish')?.input).toEqual({ id: 't1', requestId: null });
    expect(kit.byTestId('current-ticket')).toBeNull();
  });

  it('takes the visitor’s request of the service’s type and links it to the ticket when it is closed', async () => {
    backend.calls.length = 0;
    await kit.render('front-desk', (shell) => <QueueDeskPage shell={shell} />);
    await kit.settle();
    await act(async () => button('Call next').click());
    await kit.settle();

    await click(buttonNamed('Take a request'));
    // The service is linked to the re-study type: the dialog opens with it chosen and its deadline shown.
    expect(byTestId('intake-summary')?.textContent).toContain('(3 working days)');
    typeInto(inputLabelled('Full name (as in the passport)'), 'Toshmatova Gulnora');
    await click(buttonNamed('Take request'));
    expect(backend.calls.find((c) => c.channel === 'requests.create')?.input).toMatchObject({
      typeId: 't1',
      studentId: null,
      visitor: { name: 'Toshmatova Gulnora', phone: '', pinfl: '' },
    });
    expect(byTestId('ticket-request')?.textContent).toBe('Request taken: A-2026/9');
    expect(buttonNamed('Take a request')).toBeUndefined();

    await click(buttonNamed('Done'));
    expect(backend.calls.find((c) => c.channel === 'queue.finish')?.input).toEqual({ id: 't1', requestId: 'r9' });
    expect(byTestId('ticket-request')).toBeNull();
  });

  it('names the student a ticket was issued for, links their card, and takes the request for them', async () => {
    backend.calls.length = 0;
    backend.next = { ...ticket, id: 't2', label: 'A-013', studentId: 's7', studentName: 'Joʻrayev Bobur' };
    await kit.render('front-desk', (shell) => <QueueDeskPage shell={shell} />);
    await kit.settle();
    await act(async () => button('Call next').click());
    await kit.settle();
    const student = byTestId('ticket-student');
    expect(student?.textContent).toBe('Joʻrayev Bobur');
    expect(student?.querySelector('a')?.getAttribute('href')).toBe('/front-desk/students/s7');

    await click(buttonNamed('Take a request'));
    expect(document.getElementById('intake-title')?.textContent).toBe('Request: Joʻrayev Bobur');
    expect(() => inputLabelled('Full name (as in the passport)')).toThrow();
    await click(buttonNamed('Take request'));
    expect(backend.calls.find((c) => c.channel === 'requests.create')?.input).toMatchObject({
      typeId: 't1',
      studentId: 's7',
      visitor: null,
    });
    backend.next = null;
  });
});
