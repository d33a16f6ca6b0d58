import { Alert } from '@mui/material';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { useI18n } from '../../../app/i18n';
import { fieldIssues } from '../../../ui/field-errors';

/** A refused template: every kind of problem on its own line, each naming the placeholders it is about. */
export function TemplateErrorAlert({ error }: { error: AppErrorShape | null }) {
  const { tKey } = useI18n();
  if (!error) return null;
  const issues = fieldIssues(error);
  return (
    <Alert severity="error" role="alert" data-testid="template-error">
      {issues.length <= 1 ? (
        tKey(error.key, error.params)
      ) : (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {issues.map((issue) => (
            <li key={issue.key}>{tKey(issue.key, issue.params)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
