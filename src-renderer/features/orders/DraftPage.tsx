import DeleteOutline from '@mui/icons-material/DeleteOutline';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { Button, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MANAGERS } from '../../../src-shared/contract/roles';
import type { OrderDetail, OrderLineView } from '../../../src-shared/contract/orders';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { stateOf } from './composer/composer-state';
import { OrderComposer } from './composer/OrderComposer';
import { ApproveDialog } from './detail/ApproveDialog';
import { ConfirmDialog } from './detail/ConfirmDialog';
import { OrderHeader } from './detail/OrderHeader';
import { OrderLinks } from './detail/OrderLinks';
import { OverrideDialog } from './detail/OverrideDialog';
import { PrintDialog } from './detail/PrintDialog';

/**
 * A saved draft: the composer over its data, plus what a draft allows — print it for the visa sheet,
 * delete it, a head's override for a student, and approval once nothing blocks it and all is saved.
 */
export function DraftPage({
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
  const remove = useMutation('orders.deleteDraft');
  const [dialog, setDialog] = useState<'approve' | 'delete' | 'print' | null>(null);
  const [overriding, setOverriding] = useState<OrderLineView | null>(null);
  const mayOverride = MANAGERS.includes(user.role);

  async function deleteDraft() {
    const res = await remove.run({ id: order.id });
    if (!res.ok) return;
    notify(t('orders.delete.done'));
    void navigate(pagePath(shell, user.role, 'orders') ?? '/', { replace: true });
  }

  return (
    <>
      <OrderComposer
        shell={shell}
        initial={stateOf(order)}
        saved={order}
        onSaved={onChanged}
        onOverride={mayOverride ? setOverriding : undefined}
        header={(dirty, save) => {
          const why = dirty
            ? t('orders.approve.saveFirst')
            : order.blockedCount > 0
              ? t('orders.approve.blocked', { count: order.blockedCount })
              : '';
          return (
            <OrderHeader
              shell={shell}
              order={order}
              type={order.type}
              extra={<OrderLinks shell={shell} order={order} />}
              actions={
                <>
                  <Button startIcon={<PrintOutlined />} onClick={() => setDialog('print')} data-testid="print-order">
                    {t('orders.print.open')}
                  </Button>
                  <Button
                    color="error"
                    startIcon={<DeleteOutline />}
                    onClick={() => setDialog('delete')}
                    data-testid="delete-draft"
                  >
                    {t('orders.delete.action')}
                  </Button>
                  {save}
                  <Tooltip title={why}>
                    <span>
                      <Button
                        variant="contained"
                        color="secondary"
                        startIcon={<VerifiedOutlined />}
                        disabled={why !== ''}
                        onClick={() => setDialog('approve')}
                        data-testid="approve-order"
                      >
                        {t('orders.approve.open')}
                      </Button>
                    </span>
                  </Tooltip>
                </>
              }
            />
          );
        }}
      />
      {dialog === 'print' && <PrintDialog order={order} onClose={() => setDialog(null)} />}
      {dialog === 'approve' && (
        <ApproveDialog
          order={order}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            notify(t('orders.approve.done', { number: next.number ?? '' }));
            onChanged(next);
          }}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('orders.delete.title')}
          text={t('orders.delete.confirm', { count: order.lines.length })}
          action={t('orders.delete.action')}
          busy={remove.busy}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() => void deleteDraft()}
        />
      )}
      {overriding && (
        <OverrideDialog
          order={order}
          line={overriding}
          onClose={() => setOverriding(null)}
          onDone={(next) => {
            setOverriding(null);
            onChanged(next);
          }}
        />
      )}
    </>
  );
}
