import { describe, expect, it } from 'vitest';
import {
  awaitsWork,
  isOpen,
  needsReason,
  nextStatuses,
  REQUEST_STATUSES,
  transitionProblems,
  type RequestStatus,
} from './request-workflow';

describe('transitionProblems', () => {
  it.each<[RequestStatus, RequestStatus, string | null | undefined, string[]]>([
    ['new', 'inProgress', undefined, []],
    ['new', 'rejected', 'Pasport nusxasi yoʻq', []],
    ['new', 'rejected', '   ', ['requests.transition.reasonRequired']],
    ['new', 'rejected', null, ['requests.transition.reasonRequired']],
    ['new', 'ready', undefined, ['requests.transition.notAllowed']],
    ['new', 'handedOver', undefined, ['requests.transition.notAllowed']],
    ['new', 'new', undefined, ['requests.transition.notAllowed']],
    ['inProgress', 'ready', undefined, []],
    ['inProgress', 'rejected', 'Talaba chetlashtirilgan', []],
    ['inProgress', 'new', 'Boshqa xodimga', []],
    ['inProgress', 'new', '', ['requests.transition.reasonRequired']],
    ['inProgress', 'handedOver', undefined, ['requests.transition.notAllowed']],
    ['ready', 'handedOver', undefined, []],
    ['ready', 'inProgress', 'Familiyada xato', []],
    ['ready', 'inProgress', undefined, ['requests.transition.reasonRequired']],
    ['ready', 'rejected', 'Kelmadi', ['requests.transition.notAllowed']],
    ['ready', 'new', 'x', ['requests.transition.notAllowed']],
    ['handedOver', 'inProgress', 'Xato', ['requests.transition.closed']],
    ['handedOver', 'handedOver', undefined, ['requests.transition.closed']],
    ['rejected', 'new', 'Qayta', ['requests.transition.closed']],
  ])('%s → %s (reason %j): %j', (from, to, reason, keys) => {
    expect(transitionProblems(from, to, { reason }).map((p) => p.key)).toEqual(keys);
  });

  it('accepts exactly the moves nextStatuses offers, given a reason', () => {
    for (const from of REQUEST_STATUSES)
      for (const to of REQUEST_STATUSES) {
        const allowed = transitionProblems(from, to, { reason: 'sabab' }).length === 0;
        expect(allowed, `${from} → ${to}`).toBe(nextStatuses(from).includes(to));
      }
  });
});

describe('statuses', () => {
  it.each<[RequestStatus, boolean]>([
    ['new', true],
    ['inProgress', true],
    ['ready', true],
    ['handedOver', false],
    ['rejected', false],
  ])('%s is open: %s', (status, open) => {
    expect(isOpen(status)).toBe(open);
  });

  it.each<[RequestStatus, RequestStatus, boolean]>([
    ['new', 'inProgress', false],
    ['inProgress', 'ready', false],
    ['ready', 'handedOver', false],
    ['new', 'rejected', true],
    ['inProgress', 'rejected', true],
    ['inProgress', 'new', true],
    ['ready', 'inProgress', true],
  ])('%s → %s needs a reason: %s', (from, to, expected) => {
    expect(needsReason(from, to)).toBe(expected);
  });

  it('every open status can still reach a closed one', () => {
    const reachesClosed = (status: RequestStatus, seen: Set<RequestStatus>): boolean =>
      !isOpen(status) || nextStatuses(status).some((s) => !seen.has(s) && reachesClosed(s, new Set([...seen, s])));
    expect(REQUEST_STATUSES.filter((s) => !reachesClosed(s, new Set([s])))).toEqual([]);
  });
});

describe('awaitsWork', () => {
  it.each<[RequestStatus, boolean]>([
    ['new', true],
    ['inProgress', true],
    ['ready', false],
    ['handedOver', false],
    ['rejected', false],
  ])('%s → %s', (status, expected) => {
    expect(awaitsWork(status)).toBe(expected);
  });
});
