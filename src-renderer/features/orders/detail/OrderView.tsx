import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { contract, roleMayCall } from '../../../../src-shared/contract';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { formatDate, formatDateTime } from '../../../../src-shared/domain/format';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { useUser } from '../../../app/session';
import { pagePath, type ShellDef } from '../../../shells/shells';
import { SectionCard } from '../../../ui/SectionCard';
import { ApplyDialog } from './ApplyDialog';
import { ExcerptBatchCard } from './ExcerptBatchCard';
import { OrderHeader } from './OrderHeader';
import { OrderLinesView } from './OrderLinesView';
import { OrderLinks } from './OrderLinks';
import { OrderTextPreview } from './OrderTextPreview';
import { PrintDialog } from './PrintDialog';
import { ReverseDialog } from './ReverseDialog';
import { ScanButtons } from './ScanButtons';

type Dialog = 'apply' | 'reverse' | 'print' | null;

/**
 * An order past its draft (or any order for a reader): who signed it and when, its students and what it
 * changed, its text, and what may be done now — attach the signed scan, apply, print, revoke, excerpts.
 */
export function OrderView({
  shell,
  order,
  onChanged,
}: {
  shell: ShellDef;
  order: OrderDetail;
  onChanged(next: OrderDetail): void;
}) {
  const { t } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const may = (c: 'orders.apply' | 'orders.reverse' | 'orders.attachScan' | 'documents.batchStart') =>
    roleMayCall(user.role, contract[c].access);
  const linkTo = (id: string) => pagePath(shell, user.role, 'orderDetail', id);

  return (
    <Box data-testid="order-view" data-status={order.status}>
      <OrderHeader
        shell={shell}
        order={order}
        type={order.type}
        extra={
          <Stack spacing={0.25} sx={{ mt: 0.5 }}>
            {order.signerName && (
              <Typography variant="body2" color="text.secondary" data-testid="order-signer">
                {t('orders.view.signed', { position: order.signerPosition, name: order.signerName })}
              </Typography>
            )}
            <Typography variant="body2" color="text.secondary">
              {t('orders.view.created', { by: order.createdByName, at: formatDateTime(order.createdAt) })}
              {order.appliedAt && ` · ${t('orders.view.applied', { at: formatDateTime(order.appliedAt) })}`}
            </Typography>
            <OrderLinks shell={shell} order={order} />
            {order.scan && (
              <Typography variant="body2" color="text.secondary" data-testid="order-scan">
                {t('orders.scan.shown', { name: order.scan.fileName, at: formatDate(order.scan.uploadedAt) })}
              </Typography>
            )}
          </Stack>
        }
        actions={
          <>
            <Button startIcon={<PrintOutlined />} onClick={() => setDialog('print')} data-testid="print-order">
              {t('orders.print.open')}
            </Button>
            <ScanButtons
              order={order}
              mayAttach={order.status !== 'draft' && may('orders.attachScan')}
              onChanged={onChanged}
            />
            {order.status === 'approved' && may('orders.apply') && (
              <Button
                variant="contained"
                color="success"
                startIcon={<DoneAllOutlined />}
                onClick={() => setDialog('apply')}
                data-testid="apply-order"
              >
                {t('orders.apply.action')}
              </Button>
            )}
            {order.status === 'applied' && may('orders.reverse') && (
              <Button startIcon={<UndoOutlined />} onClick={() => setDialog('reverse')} data-testid="reverse-order">
                {t('orders.reverse.open')}
              </Button>
            )}
          </>
        }
      />
      <Stack spacing={2}>
        <SectionCard title={t('orders.view.studentsTitle', { count: order.lines.length })}>
          <OrderLinesView order={order} shell={shell} />
        </SectionCard>
        {order.status === 'applied' && may('documents.batchStart') && <ExcerptBatchCard order={order} />}
        <SectionCard title={t('orders.view.textTitle')}>
          <OrderTextPreview text={order.text} />
        </SectionCard>
      </Stack>
      {dialog === 'print' && <PrintDialog order={order} onClose={() => setDialog(null)} />}
      {dialog === 'apply' && (
        <ApplyDialog
          order={order}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            notify(t('orders.apply.done', { count: next.lines.length }));
            onChanged(next);
          }}
        />
      )}
      {dialog === 'reverse' && (
        <ReverseDialog
          order={order}
          onClose={() => setDialog(null)}
          onDone={(draft) => {
            setDialog(null);
            notify(t('orders.reverse.done'));
            const path = linkTo(draft.id);
            if (path) void navigate(path);
          }}
        />
      )}
    </Box>
  );
}
