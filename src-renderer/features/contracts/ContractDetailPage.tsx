import BlockOutlined from '@mui/icons-material/BlockOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ContractDetail } from '../../../src-shared/contract/contracts';
import type { IssuedDocument } from '../../../src-shared/contract/documents';
import { formatDate } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { IssuedView } from '../documents/IssuedView';
import { CalculationView } from './CalculationView';
import { DebtCell, KindLabel, ScheduleTable, StatusChip, useMoney } from './contract-ui';

/** One contract: its frozen calculation, schedule, payments and balance; print or reprint; cancel. */
export function ContractDetailPage() {
  const { id = '' } = useParams();
  const detail = useQuery('contracts.get', { id });
  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <LinearProgress />;
  return <Detail c={detail.data} reload={detail.reload} />;
}

function Detail({ c, reload }: { c: ContractDetail; reload(): void }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const money = useMoney();
  const [doc, setDoc] = useState<IssuedDocument | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const print = async () => {
    if (!c.documentId) return;
    const res = await call('documents.get', { id: c.documentId });
    if (res.ok) setDoc(res.data);
    else notify(tKey(res.error.key, res.error.params), 'error');
  };
  const b = c.balance;
  return (
    <Box>
      <PageHeader
        title={t('contracts.detail.title', { number: c.number })}
        intro={`${c.studentName} · ${c.educationYear}`}
        actions={
          <Stack direction="row" spacing={1}>
            {c.status === 'active' && (
              <Button color="error" startIcon={<BlockOutlined />} onClick={() => setCancelling(true)}>
                {t('contracts.detail.cancel')}
              </Button>
            )}
            <Button
              variant="contained"
              startIcon={<PrintOutlined />}
              onClick={() => void print()}
              disabled={!c.documentId}
            >
              {t('contracts.detail.print')}
            </Button>
          </Stack>
        }
      />
      <Stack spacing={2}>
        {c.status === 'cancelled' && (
          <Alert severity="warning">{t('contracts.detail.cancelled', { reason: c.cancelReason ?? '' })}</Alert>
        )}
        <SectionCard title={t('contracts.detail.summary')}>
          <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap data-testid="contract-summary">
            <Typography>
              <KindLabel kind={c.kind} /> · {formatDate(c.contractDate)}
            </Typography>
            <StatusChip status={c.status} />
            <Typography>{t('contracts.detail.amount', { amount: money(c.amount) })}</Typography>
            <Typography>{t('contracts.detail.paid', { amount: money(b.paid) })}</Typography>
            <Typography>{t('contracts.detail.requiredByToday', { amount: money(b.requiredByToday) })}</Typography>
            <Typography component="span">
              {t('contracts.col.debt')}: <DebtCell debt={b.debt} />
            </Typography>
            {b.overpaid > 0 && <Typography>{t('contracts.detail.overpaid', { amount: money(b.overpaid) })}</Typography>}
            {c.payerName && <Typography>{t('contracts.detail.payer', { payer: c.payerName })}</Typography>}
          </Stack>
        </SectionCard>
        <SectionCard title={t('contracts.detail.calculation')}>
          <CalculationView calculation={c.calculation} />
        </SectionCard>
        <SectionCard title={t('contracts.detail.schedule')}>
          <ScheduleTable schedule={c.schedule} />
        </SectionCard>
        <SectionCard title={t('contracts.detail.payments')}>
          {c.payments.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('contracts.detail.noPayments')}
            </Typography>
          ) : (
            <Table size="small" data-testid="contract-payments">
              <TableHead>
                <TableRow>
                  <TableCell>{t('contracts.col.paidOn')}</TableCell>
                  <TableCell>{t('contracts.col.bankDocument')}</TableCell>
                  <TableCell align="right">{t('contracts.col.amount')}</TableCell>
                  <TableCell>{t('contracts.col.payer')}</TableCell>
                  <TableCell>{t('contracts.col.purpose')}</TableCell>
                  <TableCell>{t('contracts.col.matchedBy')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.payments.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{formatDate(p.paidOn)}</TableCell>
                    <TableCell>{p.bankDocument}</TableCell>
                    <TableCell align="right">{money(p.amount)}</TableCell>
                    <TableCell>{p.payerName}</TableCell>
                    <TableCell>{p.purpose}</TableCell>
                    <TableCell>{tKey(`contracts.matchedBy.${p.matchedBy}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </SectionCard>
      </Stack>
      {doc && <IssuedView doc={doc} onClose={() => setDoc(null)} />}
      {cancelling && (
        <CancelDialog
          id={c.id}
          onClose={() => setCancelling(false)}
          onDone={() => {
            setCancelling(false);
            reload();
          }}
        />
      )}
    </Box>
  );
}

function CancelDialog({ id, onClose, onDone }: { id: string; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const cancel = useMutation('contracts.cancel');
  const [reason, setReason] = useState('');
  const submit = async () => {
    const res = await cancel.run({ id, reason });
    if (res.ok) onDone();
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="cancel-contract-title" fullWidth maxWidth="sm">
      <DialogTitle id="cancel-contract-title">{t('contracts.detail.cancelTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">{t('contracts.detail.cancelHint')}</Typography>
          <TextField
            label={t('contracts.detail.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
            autoFocus
          />
          <ErrorAlert error={cancel.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button
          color="error"
          variant="contained"
          disabled={reason.trim().length < 3 || cancel.busy}
          onClick={() => void submit()}
        >
          {t('contracts.detail.cancelConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
