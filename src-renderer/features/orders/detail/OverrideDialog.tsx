import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { OrderDetail, OrderLineView } from '../../../../src-shared/contract/orders';
import { useMutation } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFieldErrors } from '../../../ui/field-errors';
import { problemText } from '../order-format';

/** A head lets one student stay in the order despite the problems listed now; the reason is audited. */
export function OverrideDialog({
  order,
  line,
  onClose,
  onDone,
}: {
  order: OrderDetail;
  line: OrderLineView;
  onClose(): void;
  onDone(next: OrderDetail): void;
}) {
  const { t, tKey, tOr } = useI18n();
  const override = useMutation('orders.override');
  const field = useFieldErrors(override.error);
  const [reason, setReason] = useState('');

  async function submit() {
    const res = await override.run({ id: order.id, studentId: line.studentId, reason: reason.trim() });
    if (res.ok) onDone(res.data);
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="override-title">
      <DialogTitle id="override-title">{t('orders.override.title', { name: line.fullName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">
            {line.problems.map((p) => (
              <div key={p.key}>{problemText(tKey, tOr, p)}</div>
            ))}
          </Alert>
          <TextField
            autoFocus
            multiline
            minRows={2}
            size="small"
            label={t('orders.override.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...field('reason', t('orders.override.reasonHint'))}
            slotProps={{ htmlInput: { maxLength: 500 } }}
            data-testid="override-reason"
          />
          <ErrorAlert error={override.error} fields={['reason']} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          color="warning"
          disabled={reason.trim().length < 3 || override.busy}
          onClick={() => void submit()}
          data-testid="override-confirm"
        >
          {t('orders.override.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
