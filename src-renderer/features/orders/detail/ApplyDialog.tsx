import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { useMutation } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { fieldIssues } from '../../../ui/field-errors';
import { issueStudentId } from '../order-format';

/**
 * Applying changes every student of the order in one transaction. The confirmation says how many; a refusal
 * names each student and why (nothing was changed then).
 */
export function ApplyDialog({
  order,
  onClose,
  onDone,
}: {
  order: OrderDetail;
  onClose(): void;
  onDone(next: OrderDetail): void;
}) {
  const { t, tKey } = useI18n();
  const apply = useMutation('orders.apply');
  const ids = order.lines.map((l) => l.studentId);
  const nameOf = (id: string | null) => order.lines.find((l) => l.studentId === id)?.fullName ?? null;
  const issues = fieldIssues(apply.error);

  async function submit() {
    const res = await apply.run({ id: order.id });
    if (res.ok) onDone(res.data);
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="apply-title">
      <DialogTitle id="apply-title">{t('orders.apply.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText data-testid="apply-summary">
          {t('orders.apply.confirm', { count: order.lines.length, type: tKey(`orders.type.${order.type}`) })}
        </DialogContentText>
        {apply.error && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert" data-testid="apply-error">
            {tKey(apply.error.key, apply.error.params)}
            {issues.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {issues.map((issue, i) => {
                  const name = nameOf(issueStudentId(issue, ids));
                  return (
                    <li key={i} data-testid="apply-issue">
                      {name ? `${name}: ` : ''}
                      {tKey(issue.key, issue.params)}
                    </li>
                  );
                })}
              </ul>
            )}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{apply.error ? t('common.close') : t('common.cancel')}</Button>
        <Button
          variant="contained"
          color="success"
          disabled={apply.busy}
          onClick={() => void submit()}
          data-testid="apply-confirm"
        >
          {t('orders.apply.action')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
