import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../src-shared/contract/jobs';
import { newerJobInfo } from './use-jobs';

const job = (state: JobInfo['state'], done: number): JobInfo => ({
  id: 'j1',
  kind: 'backup',
  ownerId: null,
  state,
  done,
  total: 3,
  step: 'backup.step.prune',
  startedAt: '2026-11-29T00:00:00.000Z',
  finishedAt: state === 'running' ? null : '2026-11-29T00:00:01.000Z',
  error: null,
});

describe('newerJobInfo', () => {
  it.each([
    ['a first view is taken as it is', undefined, job('running', 1), job('running', 1)],
    ['progress replaces progress', job('running', 1), job('running', 2), job('running', 2)],
    ['the end replaces progress', job('running', 2), job('succeeded', 3), job('succeeded', 3)],
    [
      'a late snapshot of a running job does not undo its end',
      job('succeeded', 3),
      job('running', 2),
      job('succeeded', 3),
    ],
    ['a late snapshot does not undo a failure either', job('failed', 1), job('running', 1), job('failed', 1)],
  ] as const)('%s', (_name, current, incoming, expected) => {
    expect(newerJobInfo(current, incoming)).toEqual(expected);
  });
});
