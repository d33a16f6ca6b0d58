// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudentListItem } from '../../../../src-shared/contract/students';
import { useStudentSearch, type StudentSearch } from './use-student-search';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const pending = new Map<string, (items: StudentListItem[]) => void>();
const calls: string[] = [];
vi.mock('../../../api/client', () => ({
  call: (_channel: string, input: { query: string }) => {
    calls.push(input.query);
    return new Promise((resolve) =>
      pending.set(input.query, (items) => resolve({ ok: true, data: { items, tookMs: 0.4 } })),
    );
  },
}));

const item = (id: string) => ({ id, lastName: id }) as unknown as StudentListItem;

let container: HTMLDivElement;
let root: Root;
let latest: StudentSearch;

const report = (value: StudentSearch) => {
  latest = value;
};

function Probe({ query }: { query: string }) {
  const value = useStudentSearch(query);
  useEffect(() => report(value));
  return null;
}

function type(query: string) {
  act(() => root.render(<Probe query={query} />));
}

async function answer(query: string, ids: string[]) {
  await act(async () => pending.get(query)?.(ids.map(item)));
}

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  pending.clear();
  container = document.createElement('div');
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('useStudentSearch', () => {
  it('asks once per pause in typing, not once per key', () => {
    for (const q of ['j', 'jo', 'jor', 'jora']) {
      type(q);
      act(() => vi.advanceTimersByTime(50));
    }
    expect(calls).toEqual([]);
    act(() => vi.advanceTimersByTime(120));
    expect(calls).toEqual(['jora']);
    expect(latest.pending).toBe(true);
  });

  it('drops a slow answer to an earlier query: the box shows what it holds now', async () => {
    type('jo');
    act(() => vi.advanceTimersByTime(120));
    type('jorayev');
    act(() => vi.advanceTimersByTime(120));
    expect(calls).toEqual(['jo', 'jorayev']);
    await answer('jorayev', ['b']);
    expect(latest).toMatchObject({ answered: 'jorayev', pending: false, tookMs: 0.4 });
    await answer('jo', ['a1', 'a2']); // arrives late
    expect(latest.items.map((i) => i.id)).toEqual(['b']);
    expect(latest.answered).toBe('jorayev');
  });

  it('keeps the previous results visible, marked pending, until the new answer arrives', async () => {
    type('bob');
    act(() => vi.advanceTimersByTime(120));
    await answer('bob', ['x']);
    type('bobur');
    expect(latest).toMatchObject({ answered: 'bob', pending: true });
    expect(latest.items.map((i) => i.id)).toEqual(['x']);
  });

  it('an empty box asks nothing and shows nothing', () => {
    type('   ');
    act(() => vi.advanceTimersByTime(500));
    expect(calls).toEqual([]);
    expect(latest).toMatchObject({ items: [], pending: false, answered: '' });
  });
});
