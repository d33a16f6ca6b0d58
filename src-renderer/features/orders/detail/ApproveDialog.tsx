import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { tashkentMoment } from '../../../../src-shared/domain/attendance-timetable';
import { useMutation } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { DateField } from '../../../ui/DateField';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFieldErrors } from '../../../ui/field-errors';
import { lastSigner, rememberSigner } from '../order-format';

const FIELDS = ['number', 'orderDate', 'signerName', 'signerPosition'];

/** The signed paper's number, date and signer: the text is frozen from here on. */
export function ApproveDialog({
  order,
  onClose,
  onDone,
}: {
  order: OrderDetail;
  onClose(): void;
  onDone(next: OrderDetail): void;
}) {
  const { t } = useI18n();
  const approve = useMutation('orders.approve');
  const field = useFieldErrors(approve.error);
  const [form, setForm] = useState(() => ({
    number: '',
    orderDate: tashkentMoment(new Date()).date,
    ...lastSigner(),
  }));
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  async function submit() {
    const res = await approve.run({
      id: order.id,
      number: form.number.trim(),
      orderDate: form.orderDate,
      signerName: form.name.trim(),
      signerPosition: form.position.trim(),
    });
    if (!res.ok) return;
    rememberSigner({ name: form.name.trim(), position: form.position.trim() });
    onDone(res.data);
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="approve-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id="approve-title">{t('orders.approve.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {t('orders.approve.hint', { count: order.lines.length })}
            </Typography>
            <Stack direction="row" spacing={1.5}>
              <TextField
                autoFocus
                size="small"
                label={t('orders.approve.number')}
                value={form.number}
                onChange={(e) => set({ number: e.target.value })}
                {...field('number', t('orders.approve.numberHint'))}
                sx={{ flex: 1 }}
                data-testid="approve-number"
              />
              <DateField
                size="small"
                label={t('orders.approve.date')}
                value={form.orderDate}
                onChange={(v) => set({ orderDate: v })}
                {...field('orderDate')}
                sx={{ flex: '0 1 170px' }}
                data-testid="approve-date"
              />
            </Stack>
            <TextField
              size="small"
              label={t('orders.approve.signerPosition')}
              value={form.position}
              onChange={(e) => set({ position: e.target.value })}
              {...field('signerPosition')}
              data-testid="approve-signer-position"
            />
            <TextField
              size="small"
              label={t('orders.approve.signerName')}
              value={form.name}
              onChange={(e) => set({ name: e.target.value })}
              {...field('signerName')}
              data-testid="approve-signer-name"
            />
            <ErrorAlert error={approve.error} fields={FIELDS} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={approve.busy} data-testid="approve-confirm">
            {t('orders.approve.action')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
