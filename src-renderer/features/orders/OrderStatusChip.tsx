import { Chip } from '@mui/material';
import type { OrderSummary } from '../../../src-shared/contract/orders';
import { useI18n } from '../../app/i18n';

const COLOR = { draft: 'default', approved: 'info', applied: 'success' } as const;

/** Draft grey, approved (signed, not yet in the records) blue, applied green. */
export function OrderStatusChip({
  status,
  size = 'small',
}: {
  status: OrderSummary['status'];
  size?: 'small' | 'medium';
}) {
  const { tKey } = useI18n();
  return (
    <Chip
      size={size}
      label={tKey(`orders.status.${status}`)}
      color={COLOR[status]}
      variant={status === 'draft' ? 'outlined' : 'filled'}
      data-testid="order-status"
      data-status={status}
      sx={{ fontWeight: 600 }}
    />
  );
}
