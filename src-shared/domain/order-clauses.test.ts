import { describe, expect, it } from 'vitest';
import type { Clause } from '../contract/orders-models';
import { clauseProblems, DEFAULT_CLAUSES, defaultTextsFor } from './order-clauses';
import { ORDER_TYPES, type OrderType } from './orders';

const clause = (over: Partial<Clause>): Clause => ({
  id: 'c',
  kind: 'preamble',
  types: [],
  textUz: 'matn',
  textRu: 'текст',
  isDefault: false,
  ...over,
});

describe('clause library defaults', () => {
  it('is a valid library: unique ids, one default per kind and type', () => {
    expect(clauseProblems(DEFAULT_CLAUSES)).toEqual([]);
  });

  it('gives every order type a preamble, a control clause and a basis in both languages', () => {
    for (const type of ORDER_TYPES) {
      const t = defaultTextsFor(DEFAULT_CLAUSES, type);
      for (const [field, value] of Object.entries(t)) expect(value.trim(), `${type} ${field}`).not.toBe('');
    }
  });

  it.each<[OrderType, RegExp, RegExp]>([
    ['expulsion', /2010-yil 18-iyundagi 118-son/, /от 18 июня 2010 года № 118/],
    ['transfer', /118-son/, /№ 118/],
    ['reinstatement', /118-son/, /№ 118/],
    ['academicLeave', /2021-yil 3-iyundagi 344-son/, /от 3 июня 2021 года № 344/],
    ['returnFromLeave', /344-son/, /№ 344/],
    ['promotion', /2020-yil 31-dekabrdagi 824-son.*kredit-modul/, /№ 824/],
    ['repeatYear', /824-son/, /№ 824/],
    ['graduation', /yakuniy davlat attestatsiyasi/i, /итоговой государственной аттестации/],
    ['scholarship', /stipendiya/, /стипенди/],
  ])('%s cites its legal basis', (type, uz, ru) => {
    const t = defaultTextsFor(DEFAULT_CLAUSES, type);
    expect(t.preambleUz).toMatch(uz);
    expect(t.preambleRu).toMatch(ru);
  });

  it('a type-specific default wins over the general one; the general one fills the rest', () => {
    expect(defaultTextsFor(DEFAULT_CLAUSES, 'scholarship').controlUz).toMatch(/bosh buxgalter/);
    expect(defaultTextsFor(DEFAULT_CLAUSES, 'expulsion').controlUz).toBe(
      'Mazkur buyruqning ijrosini nazorat qilish oʻquv ishlari boʻyicha prorektor zimmasiga yuklansin.',
    );
    expect(defaultTextsFor(DEFAULT_CLAUSES, 'expulsion').basisUz).toBe('talabaning arizasi, dekan bildirgisi.');
  });

  it('a clause that is not a default is never copied; no default leaves the text empty', () => {
    const library = [clause({ id: 'a', types: ['expulsion'] })];
    expect(defaultTextsFor(library, 'expulsion').preambleUz).toBe('');
  });
});

describe('clause library validation', () => {
  it.each<[string, Clause[], { path: string; key: string; params?: Record<string, string | number> }[]]>([
    ['unique ids, one default each', [clause({ id: 'a', isDefault: true }), clause({ id: 'b' })], []],
    [
      'a repeated id',
      [clause({ id: 'a' }), clause({ id: 'b' }), clause({ id: 'a' })],
      [{ path: 'clauses.2.id', key: 'orders.clauses.duplicateId', params: { row: 1 } }],
    ],
    [
      'two defaults of one kind for one type',
      [
        clause({ id: 'a', types: ['expulsion', 'transfer'], isDefault: true }),
        clause({ id: 'b', types: ['transfer'], isDefault: true }),
      ],
      [{ path: 'clauses.1.isDefault', key: 'orders.clauses.twoDefaults', params: { row: 1, type: 'transfer' } }],
    ],
    [
      'two general defaults of one kind',
      [clause({ id: 'a', isDefault: true }), clause({ id: 'b', isDefault: true })],
      [{ path: 'clauses.1.isDefault', key: 'orders.clauses.twoGeneralDefaults', params: { row: 1 } }],
    ],
    [
      'a general and a specific default, or defaults of different kinds',
      [
        clause({ id: 'a', isDefault: true }),
        clause({ id: 'b', types: ['expulsion'], isDefault: true }),
        clause({ id: 'c', kind: 'basis', types: ['expulsion'], isDefault: true }),
      ],
      [],
    ],
  ])('%s', (_, clauses, issues) => {
    expect(clauseProblems(clauses)).toEqual(issues);
  });
});
