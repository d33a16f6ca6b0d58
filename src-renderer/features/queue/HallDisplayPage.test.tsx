// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { HallBoard } from '../../../src-shared/contract/queue';
import { useRecalled } from './HallDisplayPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Called = HallBoard['called'][number];
const c = (label: string, windowLabel: string, recalls = 0, status: Called['status'] = 'called'): Called => ({
  label,
  windowLabel,
  calledAt: '2026-11-28T04:00:00.000Z',
  status,
  recalls,
});

function Probe({ called }: { called: Called[] }) {
  return <span>{useRecalled(called) ?? '-'}</span>;
}

describe('the hall puts a recalled ticket back on top', () => {
  it('until another ticket is called or the recalled one is closed', () => {
    const el = document.createElement('div');
    const root = createRoot(el);
    const show = (called: Called[]) => {
      act(() => root.render(<Probe called={called} />));
      return el.textContent;
    };
    expect(show([c('B-001', '2'), c('A-001', '1')])).toBe('-');
    expect(show([c('B-001', '2'), c('A-001', '1', 1)])).toBe('A-001');
    expect(show([c('B-001', '2'), c('A-001', '1', 1)])).toBe('A-001'); // the next read changes nothing
    expect(show([c('C-001', '3'), c('B-001', '2'), c('A-001', '1', 1)])).toBe('-');
    expect(show([c('C-001', '3'), c('B-001', '2', 1), c('A-001', '1', 1)])).toBe('B-001');
    expect(show([c('C-001', '3'), c('B-001', '2', 1, 'serving'), c('A-001', '1', 1)])).toBe('-');
    act(() => root.unmount());
  });
});
