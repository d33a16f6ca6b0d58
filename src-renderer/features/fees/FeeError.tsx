import { Alert } from '@mui/material';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useI18n } from '../../app/i18n';
import { issueText, stepParams } from './fee-format';

/** A refusal of the fees channels with its codes named (education form by name, fields by label). */
export function FeeError({ error }: { error: AppErrorShape | null }) {
  const i18n = useI18n();
  if (!error) return null;
  const issues = error.details?.issues ?? [];
  return (
    <Alert severity="error" role="alert" sx={{ mt: 2 }}>
      {i18n.tKey(error.key, stepParams(error.params ?? {}, i18n))}
      {issues.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.key}:${JSON.stringify(issue.params ?? {})}`}>{issueText(issue, i18n)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
