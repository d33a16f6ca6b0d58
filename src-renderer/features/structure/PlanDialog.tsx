import {
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useEffect, useState } from 'react';
import type { PlacementPlan } from '../../../src-shared/contract/structure';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';

const COLORS = { change: 'primary', already: 'default', blocked: 'warning' } as const;

/**
 * The preview of a bulk placement: who moves from where to where, who is already there, who is
 * blocked and why. Apply sends the preview's token, so it writes exactly what was shown (or says
 * the data changed meanwhile).
 */
export function PlanDialog({
  mode,
  studentIds,
  groupId,
  onClose,
  onApplied,
}: {
  mode: 'assign' | 'move';
  studentIds: string[];
  groupId: string;
  onClose(): void;
  onApplied(): void;
}) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const [plan, setPlan] = useState<PlacementPlan | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [reason, setReason] = useState('');
  const field = useFieldErrors(error);
  const move = { effectiveDate: date, reason };

  useEffect(() => {
    let live = true;
    const input = { studentIds, groupId, effectiveDate: '2000-01-01', reason: 'preview' };
    const preview =
      mode === 'assign'
        ? call('structure.assignGroupPreview', { studentIds, groupId })
        : call('structure.moveStudentsPreview', input);
    void preview.then((res) => {
      if (!live) return;
      if (res.ok) setPlan(res.data);
      else setError(res.error);
    });
    return () => {
      live = false;
    };
  }, [mode, studentIds, groupId]);

  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    const res =
      mode === 'assign'
        ? await call('structure.assignGroup', { studentIds, groupId, token: plan.token })
        : await call('structure.moveStudents', { studentIds, groupId, token: plan.token, ...move });
    setBusy(false);
    if (res.ok) {
      notify(t('structure.bulk.applied', { count: res.data.counts.change, group: res.data.toGroup }));
      onApplied();
    } else setError(res.error);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="plan-dialog">
      <DialogTitle>
        {t(mode === 'assign' ? 'structure.bulk.assignTitle' : 'structure.bulk.moveTitle', {
          group: plan?.toGroup ?? '',
        })}
      </DialogTitle>
      <DialogContent>
        <ErrorAlert error={error} fields={['effectiveDate', 'reason']} sx={{ mb: 2 }} />
        {plan && (
          <>
            <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
              {(['change', 'already', 'blocked'] as const).map((o) => (
                <Chip key={o} color={COLORS[o]} label={t(`structure.outcome.${o}`, { count: plan.counts[o] })} />
              ))}
            </Stack>
            {mode === 'move' && (
              <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
                <DateField
                  label={t('structure.bulk.effectiveDate')}
                  value={date}
                  onChange={setDate}
                  {...field('effectiveDate')}
                />
                <TextField
                  size="small"
                  fullWidth
                  autoFocus
                  label={t('structure.bulk.reason')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  {...field('reason', t('structure.bulk.reasonHint'))}
                />
              </Stack>
            )}
            <Table size="small" aria-label={t('structure.bulk.preview')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('structure.bulk.student')}</TableCell>
                  <TableCell>{t('structure.bulk.from')}</TableCell>
                  <TableCell>{t('structure.bulk.to')}</TableCell>
                  <TableCell>{t('structure.bulk.outcome')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.items.map((i) => (
                  <TableRow key={i.studentId} data-outcome={i.outcome}>
                    <TableCell>{i.name}</TableCell>
                    <TableCell>{i.fromGroup ?? '—'}</TableCell>
                    <TableCell>{i.outcome === 'change' ? plan.toGroup : '—'}</TableCell>
                    <TableCell>
                      <Chip size="small" color={COLORS[i.outcome]} label={t(`structure.outcome.${i.outcome}.one`)} />{' '}
                      {i.reason ? tKey(i.reason) : ''}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          onClick={() => void apply()}
          disabled={busy || !plan || plan.counts.change === 0}
          data-testid="plan-apply"
        >
          {t('structure.bulk.apply', { count: plan?.counts.change ?? 0 })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
