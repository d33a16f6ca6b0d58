import ArrowBack from '@mui/icons-material/ArrowBack';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { OrderSummary } from '../../../../src-shared/contract/orders';
import { formatDate } from '../../../../src-shared/domain/format';
import { useI18n } from '../../../app/i18n';
import { useUser } from '../../../app/session';
import { pagePath, type ShellDef } from '../../../shells/shells';
import { OrderStatusChip } from '../OrderStatusChip';

/** "Order № 12-T of 28.11.2026" once numbered; "New order" or "Draft order" before that. */
export function orderTitle(t: ReturnType<typeof useI18n>['t'], o: Pick<OrderSummary, 'number' | 'orderDate'> | null) {
  if (!o) return t('orders.title.new');
  if (!o.number) return t('orders.title.draft');
  return t('orders.title.numbered', { number: o.number, date: formatDate(o.orderDate) });
}

/** Back to the register, the order's title, type and status, and what may be done with it now. */
export function OrderHeader({
  shell,
  order,
  type,
  extra,
  actions,
}: {
  shell: ShellDef;
  order: OrderSummary | null;
  type?: string;
  extra?: ReactNode;
  actions?: ReactNode;
}) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const listPath = pagePath(shell, user.role, 'orders');
  return (
    <Box sx={{ mb: 2 }}>
      {listPath && (
        <Button
          component={RouterLink}
          to={listPath}
          startIcon={<ArrowBack />}
          color="inherit"
          size="small"
          sx={{ mb: 1 }}
          data-testid="back-to-orders"
        >
          {t('orders.backToList')}
        </Button>
      )}
      <Stack direction="row" spacing={2} alignItems="flex-start">
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap>
            <Typography variant="h5" component="h1" data-testid="order-title-line">
              {orderTitle(t, order)}
            </Typography>
            {order && <OrderStatusChip status={order.status} size="medium" />}
            {order && order.blockedCount > 0 && (
              <Chip
                color="warning"
                label={t('orders.blocked', { count: order.blockedCount })}
                data-testid="order-blocked-chip"
              />
            )}
          </Stack>
          {type && (
            <Typography color="text.secondary" sx={{ mt: 0.5 }} data-testid="order-type-line">
              {tKey(`orders.type.${type}`)}
            </Typography>
          )}
          {extra}
        </Box>
        {actions && (
          <Stack
            direction="row"
            spacing={1}
            flexWrap="wrap"
            useFlexGap
            justifyContent="flex-end"
            sx={{ flexShrink: 0 }}
          >
            {actions}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}
