import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { startHarness, type Harness } from '../../../test/support/harness';
import { loadOrderStudents } from './state';

let h: Harness;
let f: OrderFixture;
beforeEach(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
});
afterEach(() => h.dispose());

describe('the order fixture', () => {
  it('holds students whose state the order rules read as documented', () => {
    const ids = Object.values(f.students).map((s) => s.id);
    const states = loadOrderStudents(h.backend.services.store.reader, ids);
    const view = Object.fromEntries(
      Object.entries(f.students).map(([k, s]) => {
        const st = states.get(s.id)!;
        return [k, [st.status, st.course, st.courseCount, st.canTransfer, st.debts, st.groupName]];
      }),
    );
    expect(view).toEqual({
      good: ['11', 2, 4, true, 0, 'IQT-24'],
      weak: ['11', 2, 4, false, 2, 'IQT-24'],
      unknown: ['11', 2, 4, null, 0, 'IQT-24'],
      onLeave: ['13', 2, 4, true, 0, 'IQT-24'],
      finalGood: ['11', 4, 4, true, 0, 'IQT-22'],
      finalDebt: ['11', 4, 4, true, 1, 'IQT-22'],
      firstYear: ['11', 1, 4, true, 0, 'IQT-25'],
      expelled: ['12', 1, 4, null, 0, 'IQT-25'],
    });
  });
});
