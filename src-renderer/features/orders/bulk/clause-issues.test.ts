import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../../src-shared/contract/orders';
import { issuesByClause, issuesOfClause, localIssue, splitClausePath } from './clause-issues';

const clause = (id: string, kind: Clause['kind']): Clause => ({
  id,
  kind,
  types: [],
  textUz: id,
  textRu: '',
  isDefault: true,
});
const sent = [clause('p1', 'preamble'), clause('b1', 'basis'), clause('p2', 'preamble'), clause('b2', 'basis')];

const error = {
  code: 'VALIDATION' as const,
  key: 'error.validation',
  message: '',
  details: {
    issues: [
      { path: 'clauses.2.textUz', key: 'validation.required' },
      { path: 'clauses.0.types', key: 'validation.invalidValue' },
      { path: 'clauses', key: 'validation.tooBig', params: { max: 300 } },
    ],
  },
};

describe('clause issues', () => {
  it('reads the index and the field from a path', () => {
    expect(splitClausePath('clauses.12.textRu')).toEqual({ index: 12, field: 'textRu' });
    expect(splitClausePath('clauses.3')).toEqual({ index: 3, field: '' });
    expect(splitClausePath('clauses')).toEqual({ index: null, field: 'clauses' });
  });

  it("gives the dialog its clause's issues under the field names, and the list's own", () => {
    expect(issuesOfClause(error, 2)?.details?.issues).toEqual([
      { path: 'textUz', key: 'validation.required' },
      { path: 'clauses', key: 'validation.tooBig', params: { max: 300 } },
    ]);
    expect(issuesOfClause(null, 2)).toBeNull();
  });

  it('gives each other clause its issues by the id sent at that index', () => {
    const byId = issuesByClause(error, sent, 2);
    expect([...byId]).toEqual([['p1', [{ path: 'types', key: 'validation.invalidValue' }]]]);
  });

  it.each([
    // Row 4 of the list sent is the second "basis" clause: № 2 in the basis table.
    [{ row: 4 }, { row: 2 }],
    [
      { row: 3, type: 'academicLeave' },
      { row: 2, type: 'Academic leave' },
    ],
    // A row the list does not have is left as sent.
    [{ row: 9 }, { row: 9 }],
  ])('names the other clause of a conflict as its table shows it: %j → %j', (params, shown) => {
    const issue = { path: 'isDefault', key: 'orders.clauses.twoDefaults', params };
    const names: Record<string, string> = { academicLeave: 'Academic leave' };
    expect(localIssue(issue, sent, (t) => names[t] ?? t).params).toEqual(shown);
  });
});
