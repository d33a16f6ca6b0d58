import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { tashkentMoment } from '../../../../src-shared/domain/attendance-timetable';
import { useMutation } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { DateField } from '../../../ui/DateField';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFieldErrors } from '../../../ui/field-errors';

/**
 * An applied order is never edited: it is revoked for the chosen students by a new order (a draft that
 * restores their state before it), which then goes through approval like any other.
 */
export function ReverseDialog({
  order,
  onClose,
  onDone,
}: {
  order: OrderDetail;
  onClose(): void;
  onDone(draft: OrderDetail): void;
}) {
  const { t } = useI18n();
  const reverse = useMutation('orders.reverse');
  const field = useFieldErrors(reverse.error);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [date, setDate] = useState(tashkentMoment(new Date()).date);
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  async function submit() {
    const res = await reverse.run({ id: order.id, studentIds: [...chosen], effectiveDate: date });
    if (res.ok) onDone(res.data);
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="reverse-title">
      <DialogTitle id="reverse-title">{t('orders.reverse.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('orders.reverse.hint')}
          </Typography>
          <Stack data-testid="reverse-students">
            {order.lines.map((l) => (
              <FormControlLabel
                key={l.studentId}
                control={
                  <Checkbox
                    checked={chosen.has(l.studentId)}
                    onChange={() => toggle(l.studentId)}
                    slotProps={{ input: { 'aria-label': l.fullName } }}
                  />
                }
                label={l.fullName}
                data-testid="reverse-student"
                data-student-id={l.studentId}
              />
            ))}
          </Stack>
          <DateField
            size="small"
            label={t('orders.field.effectiveDate')}
            value={date}
            onChange={setDate}
            {...field('effectiveDate')}
            sx={{ maxWidth: 200 }}
            data-testid="reverse-date"
          />
          <ErrorAlert error={reverse.error} fields={['effectiveDate']} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={chosen.size === 0 || !date || reverse.busy}
          onClick={() => void submit()}
          data-testid="reverse-confirm"
        >
          {t('orders.reverse.action', { count: chosen.size })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
