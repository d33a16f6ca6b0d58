import { describe, expect, it } from 'vitest';
import { orderEffect, orderProblems, type OrderLine, type OrderType, type StudentState } from './orders';

const studying: StudentState = {
  status: '11',
  course: 2,
  courseCount: 4,
  groupId: 'g1',
  canTransfer: true,
  debts: 0,
  openOrders: [],
};
const line: OrderLine = { effectiveDate: '2026-12-01' };
const keys = (type: OrderType, s: Partial<StudentState>, l: Partial<OrderLine> = {}) =>
  orderProblems(type, { ...studying, ...s }, { ...line, ...l }).map((p) => p.key);

describe('order preconditions', () => {
  it.each<[string, OrderType, Partial<StudentState>, Partial<OrderLine>, string[]]>([
    [
      'leave for a studying student with reason and end date',
      'academicLeave',
      {},
      { reason: '12', leaveUntil: '2027-09-01' },
      [],
    ],
    [
      'leave for a student already on leave',
      'academicLeave',
      { status: '13' },
      { reason: '12', leaveUntil: '2027-09-01' },
      ['orders.problem.status'],
    ],
    [
      'leave without a reason or an end',
      'academicLeave',
      {},
      {},
      ['orders.problem.reason', 'orders.problem.leaveUntil'],
    ],
    [
      'leave ending before it starts',
      'academicLeave',
      {},
      { reason: '11', leaveUntil: '2026-11-01' },
      ['orders.problem.leaveUntil'],
    ],
    ['expulsion of a student on leave', 'expulsion', { status: '13' }, { reason: '11' }, []],
    ['expulsion of a graduate', 'expulsion', { status: '14' }, { reason: '11' }, ['orders.problem.status']],
    ['expulsion with an unknown reason', 'expulsion', {}, { reason: '99' }, ['orders.problem.reason']],
    ['reinstatement of an expelled student into a group', 'reinstatement', { status: '12' }, { newGroupId: 'g2' }, []],
    ['reinstatement of a studying student', 'reinstatement', {}, { newGroupId: 'g2' }, ['orders.problem.status']],
    ['promotion with canTransfer', 'promotion', {}, {}, []],
    ['promotion below the pass line', 'promotion', { canTransfer: false }, {}, ['orders.problem.cannotTransfer']],
    ['promotion in the final year', 'promotion', { course: 4 }, {}, ['orders.problem.finalYear']],
    ['repeat year for a student who may be promoted', 'repeatYear', {}, {}, ['orders.problem.mayBePromoted']],
    ['repeat year below the pass line', 'repeatYear', { canTransfer: false }, {}, []],
    ['graduation in the final year without debts', 'graduation', { course: 4 }, {}, []],
    [
      'graduation with debts, not final year',
      'graduation',
      { debts: 2 },
      {},
      ['orders.problem.notFinalYear', 'orders.problem.debts'],
    ],
    ['group change to the same group', 'groupChange', {}, { newGroupId: 'g1' }, ['orders.problem.group']],
    ['return from leave', 'returnFromLeave', { status: '13' }, {}, []],
    ['admission of a studying student', 'admission', {}, { newGroupId: 'g2' }, ['orders.problem.alreadyStudying']],
    ['scholarship during leave', 'scholarship', { status: '13' }, {}, ['orders.problem.status']],
    ['name change without a name', 'nameChange', {}, { newName: ' ' }, ['orders.problem.newName']],
    ['a bad date', 'scholarship', {}, { effectiveDate: '01.12.2026' }, ['orders.problem.date']],
  ])('%s', (_name, type, s, l, expected) => {
    expect(keys(type, s, l)).toEqual(expected);
  });

  it('two open movement orders for one student exclude each other; a scholarship does not', () => {
    expect(keys('academicLeave', { openOrders: ['expulsion'] }, { reason: '12', leaveUntil: '2027-09-01' })).toEqual([
      'orders.problem.openOrder',
    ]);
    expect(keys('academicLeave', { openOrders: ['scholarship'] }, { reason: '12', leaveUntil: '2027-09-01' })).toEqual(
      [],
    );
    expect(keys('scholarship', { openOrders: ['expulsion'] })).toEqual([]);
  });
});

describe('order effects', () => {
  it.each<[OrderType, Partial<StudentState>, Partial<OrderLine>, object]>([
    ['expulsion', {}, { reason: '11' }, { status: '12' }],
    ['academicLeave', {}, {}, { status: '13' }],
    ['returnFromLeave', { status: '13' }, {}, { status: '11' }],
    ['promotion', {}, {}, { course: 3 }],
    ['repeatYear', { canTransfer: false }, {}, {}],
    ['reinstatement', { status: '12' }, { newGroupId: 'g2' }, { status: '11', groupId: 'g2' }],
    ['groupChange', {}, { newGroupId: 'g3' }, { groupId: 'g3' }],
    ['graduation', { course: 4 }, {}, { status: '14' }],
    [
      'nameChange',
      {},
      { newName: ' Karimova  Dilnoza Anvar qizi ' },
      { name: { lastNameLat: 'Karimova', firstNameLat: 'Dilnoza', patronymicLat: 'Anvar qizi' } },
    ],
    ['scholarship', {}, {}, {}],
  ])('%s', (type, s, l, effect) => {
    expect(orderEffect(type, { ...studying, ...s }, { ...line, ...l })).toEqual(effect);
  });
});
