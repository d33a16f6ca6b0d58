import { Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { useI18n } from '../../../app/i18n';
import { useUser } from '../../../app/session';
import { pagePath, type ShellDef } from '../../../shells/shells';

/** The order a revocation cancels, and the revocations made of this one, each a link to it. */
export function OrderLinks({ shell, order }: { shell: ShellDef; order: OrderDetail }) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const linkTo = (id: string) => pagePath(shell, user.role, 'orderDetail', id);
  const reverses = order.reverses;
  return (
    <>
      {reverses && (
        <Typography variant="body2" data-testid="order-reverses">
          {t('orders.view.reverses')}{' '}
          <OrderLink to={linkTo(reverses.id)}>
            {reverses.number ? `№ ${reverses.number}` : t('orders.draftNumber')} ·{' '}
            {tKey(`orders.type.${reverses.type}`)}
          </OrderLink>
        </Typography>
      )}
      {order.reversedBy.length > 0 && (
        <Typography variant="body2" data-testid="order-reversed-by">
          {t('orders.view.reversedBy')}{' '}
          {order.reversedBy.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <OrderLink to={linkTo(r.id)}>
                {r.number ? `№ ${r.number}` : t('orders.draftNumber')} ({tKey(`orders.status.${r.status}`)})
              </OrderLink>
            </span>
          ))}
        </Typography>
      )}
    </>
  );
}

function OrderLink({ to, children }: { to: string | null; children: ReactNode }) {
  if (!to) return <>{children}</>;
  return (
    <Link component={RouterLink} to={to} underline="hover">
      {children}
    </Link>
  );
}
