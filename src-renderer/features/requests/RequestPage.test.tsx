// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { RequestDetail } from '../../../src-shared/contract/requests';
import { pageTestKit } from '../orders/bulk/page-test-kit';
import { RequestPage } from './RequestPage';

const shown = vi.hoisted(() => ({ request: null as unknown }));
vi.mock('../../api/client', () => ({
  call: (channel: string) =>
    Promise.resolve({ ok: true, data: channel === 'requests.get' ? shown.request : { items: [] } }),
  api: { on: () => () => {} },
}));
vi.mock('../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: 'front_office', fullName: 'Operator' }, health: {} }),
}));

async function detail(over: Partial<RequestDetail>): Promise<RequestDetail> {
  const kit = await import('./test-kit');
  return {
    ...kit.summary({}),
    description: '',
    visitorName: '',
    visitorPinfl: '',
    rejectReason: null,
    receivedAt: '2026-12-01T05:00:00.000Z',
    createdByName: 'Operator',
    requiredAttachments: [],
    events: [],
    attachments: [],
    links: [],
    ...over,
  };
}

const kit = pageTestKit();
const feeLink = () =>
  [...kit.container().querySelectorAll('a')].find((a) => a.getAttribute('href')?.includes('fee-calculator'));

describe('a request’s page', () => {
  it.each([
    ['restudy', 's1', '/front-desk/fee-calculator?student=s1&tab=restudy', 'Re-study fee'],
    ['restudyContract', 's1', '/front-desk/fee-calculator?student=s1&tab=restudy', 'Re-study fee'],
    ['paymentContract', 's1', '/front-desk/fee-calculator?student=s1&tab=contract', 'Contract fee'],
    ['transfer', 's1', null, null],
    ['restudy', null, null, null],
  ])('a %s request of student %s links the fee calculator: %s', async (typeCode, studentId, href, label) => {
    shown.request = await detail({ typeCode, studentId });
    await kit.render('front-desk', (shell) => <RequestPage shell={shell} />);
    expect(kit.container().textContent).toContain('A-2026/1');
    expect(feeLink()?.getAttribute('href') ?? null).toBe(href);
    expect(feeLink()?.textContent ?? null).toBe(label);
  });
});
