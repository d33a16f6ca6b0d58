import { useCallback } from 'react';
import type { AppErrorShape, FieldIssue } from '../../src-shared/errors';
import { useI18n } from '../app/i18n';

export function fieldIssues(error: AppErrorShape | null | undefined): FieldIssue[] {
  return error?.details?.issues ?? [];
}

/**
 * Props for a form field from the envelope's field issues: the issue under the field, else the
 * hint. `field('phone', hint)` → `{ error, helperText }` spread into a TextField.
 */
export function useFieldErrors(error: AppErrorShape | null | undefined) {
  const { tKey } = useI18n();
  return useCallback(
    (path: string, hint?: string) => {
      const issue = fieldIssues(error).find((i) => i.path === path);
      return { error: issue !== undefined, helperText: issue ? tKey(issue.key, issue.params) : hint };
    },
    [error, tKey],
  );
}
