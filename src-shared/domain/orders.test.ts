import { describe, expect, it } from 'vitest';
import {
  orderEffect,
  orderProblems,
  splitLatinName,
  type OrderLine,
  type OrderType,
  type StateSnapshot,
  type StudentState,
} from './orders';

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
    ['expulsion of a studying student for non-payment', 'expulsion', {}, { reason: '16' }, []],
    ['reinstatement without a group', 'reinstatement', { status: '12' }, {}, ['orders.problem.group']],
    ['transfer to another group', 'transfer', {}, { newGroupId: 'g2' }, []],
    ['transfer of a student on leave', 'transfer', { status: '13' }, { newGroupId: 'g2' }, ['orders.problem.status']],
    ['group change to another group', 'groupChange', {}, { newGroupId: 'g2' }, []],
    [
      'group change formalising a move made on the structure screen',
      'groupChange',
      { pendingMoveTo: 'g1' },
      { newGroupId: 'g1' },
      [],
    ],
    [
      'group change to the same group, the move pending elsewhere',
      'groupChange',
      { pendingMoveTo: 'g2' },
      { newGroupId: 'g1' },
      ['orders.problem.group'],
    ],
    [
      'transfer is never a formality',
      'transfer',
      { pendingMoveTo: 'g1' },
      { newGroupId: 'g1' },
      ['orders.problem.group'],
    ],
    ['return from leave of a studying student', 'returnFromLeave', {}, {}, ['orders.problem.status']],
    ['admission of an expelled student into a group', 'admission', { status: '12' }, { newGroupId: 'g2' }, []],
    ['admission without a group', 'admission', { status: '10' }, {}, ['orders.problem.group']],
    ['individual schedule for a studying student', 'individualSchedule', {}, {}, []],
    ['individual schedule of a graduate', 'individualSchedule', { status: '14' }, {}, ['orders.problem.status']],
    ['graduation topics in the final year', 'graduationTopics', { course: 4 }, {}, []],
    ['graduation topics before the final year', 'graduationTopics', {}, {}, ['orders.problem.notFinalYear']],
    ['graduation of an expelled student', 'graduation', { status: '12', course: 4 }, {}, ['orders.problem.status']],
    ['promotion without a known GPA', 'promotion', { canTransfer: null }, {}, ['orders.problem.cannotTransfer']],
    ['name change with one word', 'nameChange', {}, { newName: 'Karimova' }, ['orders.problem.newName']],
    ['name change of an expelled student', 'nameChange', { status: '12' }, { newName: 'Karimova Dilnoza' }, []],
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
    ['individualSchedule', {}, {}, {}],
    ['graduationTopics', { course: 4 }, {}, {}],
    ['transfer', {}, { newGroupId: 'g2' }, { groupId: 'g2' }],
    ['admission', { status: '12', groupId: null }, { newGroupId: 'g2' }, { status: '11', groupId: 'g2' }],
    ['returnFromLeave', { status: '13' }, { newGroupId: 'g4' }, { status: '11', groupId: 'g4' }],
    ['promotion', { course: null }, {}, { course: 1 }],
  ])('%s', (type, s, l, effect) => {
    expect(orderEffect(type, { ...studying, ...s }, { ...line, ...l })).toEqual(effect);
  });
});

describe('revocation: restores the state an applied order replaced', () => {
  const before: StateSnapshot = {
    status: '11',
    course: 2,
    groupId: 'g1',
    lastNameLat: 'Karimova',
    firstNameLat: 'Dilnoza',
    patronymicLat: '',
  };
  const onLeave: StateSnapshot = { ...before, status: '13' };
  const revokes = (b: StateSnapshot, a: StateSnapshot): Partial<OrderLine> => ({ revokes: { before: b, after: a } });
  const names = { lastNameLat: 'Karimova', firstNameLat: 'Dilnoza', patronymicLat: '' };

  it.each<[string, Partial<StudentState>, Partial<OrderLine>, string[]]>([
    ['a student still as the order left them', { status: '13', ...names }, revokes(before, onLeave), []],
    ['a student the revoked order does not name', { status: '13' }, { revokes: null }, ['orders.problem.notInRevoked']],
    ['a student expelled since', { status: '12' }, revokes(before, onLeave), ['orders.problem.changedSince']],
    [
      'a student promoted since',
      { status: '13', course: 3 },
      revokes(before, onLeave),
      ['orders.problem.changedSince'],
    ],
    [
      'a student moved since',
      { status: '13', groupId: 'g9' },
      revokes(before, onLeave),
      ['orders.problem.changedSince'],
    ],
    [
      'a student renamed since a name change',
      { lastNameLat: 'Ahmedova', firstNameLat: 'Dilnoza', patronymicLat: 'X' },
      revokes(before, { ...before, lastNameLat: 'Ahmedova', patronymicLat: '' }),
      ['orders.problem.changedSince'],
    ],
    [
      'a name corrected since an order that did not change it',
      { status: '13', lastNameLat: 'Qarimova' },
      revokes(before, onLeave),
      [],
    ],
    [
      'a student in another open movement order',
      { status: '13', openOrders: ['expulsion'] },
      revokes(before, onLeave),
      ['orders.problem.openOrder'],
    ],
  ])('%s', (_name, s, l, expected) => {
    expect(keys('revocation', s, l)).toEqual(expected);
  });

  it.each<[string, StateSnapshot, StateSnapshot, object]>([
    ['a leave: status back', before, onLeave, { status: '11', course: 2, groupId: 'g1' }],
    ['a promotion: course back', before, { ...before, course: 3 }, { status: '11', course: 2, groupId: 'g1' }],
    ['a group change: group back', before, { ...before, groupId: 'g2' }, { status: '11', course: 2, groupId: 'g1' }],
    [
      'an admission: no group again',
      { status: '10', course: null, groupId: null },
      before,
      { status: '10', course: null, groupId: null },
    ],
    [
      'a name change: the old name back',
      before,
      { ...before, lastNameLat: 'Ahmedova' },
      { status: '11', course: 2, groupId: 'g1', name: names },
    ],
  ])('%s', (_name, b, a, effect) => {
    expect(orderEffect('revocation', { ...studying, ...a }, { ...line, ...revokes(b, a) })).toEqual(effect);
  });

  it('changes nothing for a student the revoked order does not name', () => {
    expect(orderEffect('revocation', studying, { ...line, revokes: null })).toEqual({});
  });
});

describe('splitting a new name', () => {
  it.each([
    ['Karimova Dilnoza', ['Karimova', 'Dilnoza', '']],
    ['  Joʻrayev   Sanjar  Baxtiyor oʻgʻli ', ['Joʻrayev', 'Sanjar', 'Baxtiyor oʻgʻli']],
    ['Karimova', ['Karimova', '', '']],
  ])('%s', (full, [last, first, patronymic]) => {
    expect(splitLatinName(full)).toEqual({ lastNameLat: last, firstNameLat: first, patronymicLat: patronymic });
  });
});
