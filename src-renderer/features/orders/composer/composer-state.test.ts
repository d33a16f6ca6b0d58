import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../../src-shared/contract/orders';
import { ORDER_TYPES, type OrderType } from '../../../../src-shared/domain/orders';
import {
  addStudents,
  applyToAll,
  changeType,
  clausesFor,
  COMPOSABLE_TYPES,
  defaultText,
  draftInput,
  EMPTY_TEXT,
  fieldsOf,
  insertClause,
  lineInput,
  newLine,
  reasonCodes,
  reasonKey,
  type ComposerLine,
  type StudentRef,
} from './composer-state';

const ali: StudentRef = {
  id: 's1',
  fullName: 'Aliyev Vali',
  studentIdNumber: '3201',
  groupName: 'KI-23',
  course: 2,
  status: '11',
};
const bek: StudentRef = { ...ali, id: 's2', fullName: 'Bekova Zuhra' };

/** A line with every field filled, as left by a composer that changed types back and forth. */
const full: ComposerLine = {
  ...newLine(ali, '2026-09-01'),
  reason: '12',
  newGroupId: 'g2',
  leaveUntil: '2027-09-01',
  newName: '  Aliyev  Valijon ',
  note: ' ariza ',
};

describe('what each order type asks for', () => {
  it.each<[OrderType, string]>([
    ['expulsion', 'reason'],
    ['academicLeave', 'reason leaveUntil'],
    ['reinstatement', 'newGroup'],
    ['transfer', 'newGroup'],
    ['groupChange', 'newGroup'],
    ['admission', 'newGroup'],
    ['returnFromLeave', 'newGroup?'],
    ['nameChange', 'newName'],
    ['promotion', ''],
    ['graduation', ''],
    ['scholarship', 'reason'],
    ['revocation', ''],
  ])('%s: %s', (type, expected) => {
    const f = fieldsOf(type);
    const asked = [
      f.reason && 'reason',
      f.leaveUntil && 'leaveUntil',
      f.newGroup === 'required' && 'newGroup',
      f.newGroup === 'optional' && 'newGroup?',
      f.newName && 'newName',
    ].filter(Boolean);
    expect(asked.join(' ')).toBe(expected);
  });

  it('offers the HEMIS expel reasons 11–19 and the leave reasons 11–15, named from their classifiers', () => {
    expect(reasonCodes('expulsion')).toEqual(['11', '12', '13', '14', '15', '16', '17', '18', '19']);
    expect(reasonCodes('academicLeave')).toEqual(['11', '12', '13', '14', '15']);
    expect(reasonCodes('promotion')).toEqual([]);
    expect(reasonKey('expulsion', '14')).toBe('orders.expelReason.14');
    expect(reasonKey('academicLeave', '12')).toBe('orders.leaveReason.12');
    // A scholarship line's "reason" is the stipend kind the list chose; re-saving the draft keeps it.
    expect(reasonCodes('scholarship')).toEqual(['11', '12', '13', '14', '15', '16', '17', '18', '19']);
    expect(reasonKey('scholarship', '14')).toBe('scholarships.rate.14');
    expect(reasonKey('groupChange', 'ariza')).toBeNull();
    expect(reasonKey(null, '12')).toBeNull();
  });

  it('never offers a revocation in the composer (it comes from an applied order)', () => {
    expect(COMPOSABLE_TYPES).not.toContain('revocation');
    expect(COMPOSABLE_TYPES).toHaveLength(ORDER_TYPES.length - 1);
  });
});

describe('the lines sent to the backend', () => {
  it.each<[OrderType, Partial<ReturnType<typeof lineInput>>]>([
    ['academicLeave', { reason: '12', leaveUntil: '2027-09-01', newGroupId: null, newName: null }],
    ['expulsion', { reason: '12', leaveUntil: null, newGroupId: null, newName: null }],
    ['transfer', { reason: '', leaveUntil: null, newGroupId: 'g2', newName: null }],
    ['nameChange', { reason: '', leaveUntil: null, newGroupId: null, newName: 'Aliyev  Valijon' }],
    ['promotion', { reason: '', leaveUntil: null, newGroupId: null, newName: null }],
  ])('%s keeps only its own fields', (type, expected) => {
    expect(lineInput(type, full)).toEqual({
      studentId: 's1',
      effectiveDate: '2026-09-01',
      note: 'ariza',
      ...expected,
    });
  });

  it('a draft carries its id, the revoked order, the text parts and the lines in order', () => {
    const input = draftInput({
      id: 'o1',
      type: 'academicLeave',
      departmentId: null,
      reversesOrderId: null,
      text: { ...EMPTY_TEXT, preambleUz: 'Nizom asosida' },
      lines: [full, newLine(bek, '2026-09-02')],
    });
    expect(input).toMatchObject({ id: 'o1', type: 'academicLeave', preambleUz: 'Nizom asosida', basisRu: '' });
    expect(input.lines.map((l) => l.studentId)).toEqual(['s1', 's2']);
    const fresh = {
      id: null,
      type: 'promotion',
      departmentId: null,
      reversesOrderId: null,
      text: EMPTY_TEXT,
      lines: [],
    };
    expect(draftInput({ ...fresh, type: 'promotion' })).not.toHaveProperty('id');
  });
});

describe('editing many students at once', () => {
  it('adds each student once, keeping the order given', () => {
    const lines = addStudents([], [ali, bek, ali], '2026-09-01');
    expect(lines.map((l) => l.studentId)).toEqual(['s1', 's2']);
    expect(addStudents(lines, [bek], '2026-10-01').map((l) => l.effectiveDate)).toEqual(['2026-09-01', '2026-09-01']);
  });

  it('"same for all" copies only the filled fields the type asks for', () => {
    const lines = [full, { ...newLine(bek, '2026-09-01'), reason: '11', note: 'oʻz arizasi' }];
    const next = applyToAll('academicLeave', lines, {
      effectiveDate: '2026-10-01',
      reason: '',
      leaveUntil: '2027-10-01',
      newGroupId: 'g9',
      note: '',
    });
    expect(next.map((l) => [l.effectiveDate, l.reason, l.leaveUntil, l.newGroupId, l.note])).toEqual([
      ['2026-10-01', '12', '2027-10-01', 'g2', ' ariza '],
      ['2026-10-01', '11', '2027-10-01', null, 'oʻz arizasi'],
    ]);
  });

  it('changing the type clears a reason from another classifier and keeps the rest', () => {
    expect(changeType('academicLeave', 'expulsion', [full])[0]).toMatchObject({ reason: '', newGroupId: 'g2' });
    expect(changeType('transfer', 'groupChange', [full])[0]?.reason).toBe('12');
  });
});

describe('the wording from the clause library', () => {
  const clause = (id: string, kind: Clause['kind'], types: OrderType[], isDefault: boolean): Clause => ({
    id,
    kind,
    types,
    textUz: `${id} uz`,
    textRu: `${id} ru`,
    isDefault,
  });
  const library = [
    clause('nizom', 'preamble', ['academicLeave'], true),
    clause('ustav', 'preamble', [], false),
    clause('dekan', 'control', [], true),
    clause('umumiy', 'basis', [], true),
    clause('ariza', 'basis', ['academicLeave', 'expulsion'], true),
    clause('chetlash', 'preamble', ['expulsion'], true),
  ];

  it('offers the clauses of the part and the type (a clause without types fits all)', () => {
    expect(clausesFor(library, 'preamble', 'academicLeave').map((c) => c.id)).toEqual(['nizom', 'ustav']);
    expect(clausesFor(library, 'basis', 'promotion').map((c) => c.id)).toEqual(['umumiy']);
  });

  it('inserts a clause into both languages, on a new line after the text already there', () => {
    const once = insertClause({ ...EMPTY_TEXT, preambleUz: 'Kirish  ' }, 'preamble', library[1]!);
    expect(once.preambleUz).toBe('Kirish\nustav uz');
    expect(once.preambleRu).toBe('ustav ru');
    expect(once.basisUz).toBe('');
  });

  it('starts a new order with the default clause of each kind made for its type, else the general one', () => {
    expect(defaultText(library, 'academicLeave')).toEqual({
      preambleUz: 'nizom uz',
      preambleRu: 'nizom ru',
      controlUz: 'dekan uz',
      controlRu: 'dekan ru',
      basisUz: 'ariza uz',
      basisRu: 'ariza ru',
    });
    expect(defaultText(library, 'promotion')).toEqual({
      ...EMPTY_TEXT,
      controlUz: 'dekan uz',
      controlRu: 'dekan ru',
      basisUz: 'umumiy uz',
      basisRu: 'umumiy ru',
    });
  });
});
