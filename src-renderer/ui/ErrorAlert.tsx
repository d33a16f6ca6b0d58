import { Alert, type AlertProps } from '@mui/material';
import type { AppErrorShape } from '../../src-shared/errors';
import { useI18n } from '../app/i18n';
import { fieldIssues } from './field-errors';

interface Props {
  error: AppErrorShape | null | undefined;
  /** Paths shown under their own fields; the other issues are listed here so none is lost. */
  fields?: readonly string[];
  action?: AlertProps['action'];
  sx?: AlertProps['sx'];
}

/** An error envelope in the person's language: the message, plus issues that have no field. */
export function ErrorAlert({ error, fields = [], action, sx }: Props) {
  const { tKey, tOr } = useI18n();
  if (!error) return null;
  const loose = fieldIssues(error).filter((issue) => !fields.includes(issue.path));
  return (
    <Alert severity="error" action={action} sx={sx} role="alert">
      {tKey(error.key, error.params)}
      {loose.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {loose.map((issue) => (
            <li key={`${issue.path}:${issue.key}`}>
              {issue.path ? `${tOr(`auditField.${issue.path}`, issue.path)}: ` : ''}
              {tKey(issue.key, issue.params)}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
