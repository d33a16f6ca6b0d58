import type { Clause } from '../../../../src-shared/contract/orders';
import type { AppErrorShape, FieldIssue } from '../../../../src-shared/errors';
import { fieldIssues } from '../../../ui/field-errors';

/** `clauses.3.textUz` → { index: 3, field: 'textUz' }; other paths (the list as a whole) → index null. */
export function splitClausePath(path: string): { index: number | null; field: string } {
  const m = /^clauses\.(\d+)(?:\.(\w+))?/.exec(path);
  return m ? { index: Number(m[1]), field: m[2] ?? '' } : { index: null, field: path };
}

/**
 * The backend names the other clause of a conflict by its row in the list it was sent (`row`, from 1);
 * the page shows one table per kind, so the row becomes the clause's № in its kind's table (a conflict of
 * defaults is always between clauses of one kind). An order type in the params is named in words.
 */
export function localIssue(issue: FieldIssue, sent: readonly Clause[], typeName: (type: string) => string): FieldIssue {
  if (!issue.params) return issue;
  const params = { ...issue.params };
  const other = typeof params.row === 'number' ? sent[params.row - 1] : undefined;
  if (other) params.row = sent.filter((c) => c.kind === other.kind).indexOf(other) + 1;
  if (typeof params.type === 'string') params.type = typeName(params.type);
  return { ...issue, params };
}

/**
 * The issues of the clause at `index` with their paths cut to its own field names (for the dialog's
 * fields); the issues of the list as a whole stay as they are so that none is lost.
 */
export function issuesOfClause(
  error: AppErrorShape | null,
  index: number,
  local: (issue: FieldIssue) => FieldIssue = (i) => i,
): AppErrorShape | null {
  if (!error) return null;
  const issues: FieldIssue[] = [];
  for (const issue of fieldIssues(error)) {
    const { index: at, field } = splitClausePath(issue.path);
    if (at === index) issues.push(local({ ...issue, path: field }));
    else if (at === null) issues.push(local(issue));
  }
  return { ...error, details: { ...error.details, issues } };
}

/** The issues of every other clause, by the clause id that was sent at that index. */
export function issuesByClause(
  error: AppErrorShape | null,
  sent: readonly Clause[],
  except?: number,
  local: (issue: FieldIssue) => FieldIssue = (i) => i,
): Map<string, FieldIssue[]> {
  const byId = new Map<string, FieldIssue[]>();
  for (const issue of fieldIssues(error)) {
    const { index, field } = splitClausePath(issue.path);
    if (index === null || index === except) continue;
    const id = sent[index]?.id;
    if (id === undefined) continue;
    byId.set(id, [...(byId.get(id) ?? []), local({ ...issue, path: field })]);
  }
  return byId;
}
