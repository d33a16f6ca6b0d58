import type { AppErrorShape, FieldIssue } from '../../../../src-shared/errors';
import { fieldIssues } from '../../../ui/field-errors';

/** `clauses.3.textUz` → { index: 3, field: 'textUz' }; other paths (the list as a whole) → index null. */
export function splitClausePath(path: string): { index: number | null; field: string } {
  const m = /^clauses\.(\d+)(?:\.(\w+))?/.exec(path);
  return m ? { index: Number(m[1]), field: m[2] ?? '' } : { index: null, field: path };
}

/**
 * The issues of the clause at `index` with their paths cut to its own field names (for the dialog's
 * fields); the issues of the list as a whole stay as they are so that none is lost.
 */
export function issuesOfClause(error: AppErrorShape | null, index: number): AppErrorShape | null {
  if (!error) return null;
  const issues: FieldIssue[] = [];
  for (const issue of fieldIssues(error)) {
    const { index: at, field } = splitClausePath(issue.path);
    if (at === index) issues.push({ ...issue, path: field });
    else if (at === null) issues.push(issue);
  }
  return { ...error, details: { ...error.details, issues } };
}

/** The issues of every other clause, by the clause id that was sent at that index. */
export function issuesByClause(
  error: AppErrorShape | null,
  sentIds: readonly string[],
  except?: number,
): Map<string, FieldIssue[]> {
  const byId = new Map<string, FieldIssue[]>();
  for (const issue of fieldIssues(error)) {
    const { index, field } = splitClausePath(issue.path);
    if (index === null || index === except) continue;
    const id = sentIds[index];
    if (id === undefined) continue;
    byId.set(id, [...(byId.get(id) ?? []), { ...issue, path: field }]);
  }
  return byId;
}
