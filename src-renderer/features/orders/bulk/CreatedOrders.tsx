import { Alert, Link, List, ListItem } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import type { ShellDef } from '../../../shells/shells';
import { orderPath, orderTypeName } from './bulk-format';

export interface Created {
  orderIds: string[];
  /** Students put into the new orders. */
  students: number;
}

/**
 * What "create orders" made: a link to each new draft (named by its type and head count, read
 * from the list of drafts), or plainly that nobody new was found on a repeated run.
 */
export function CreatedOrders({ created, shell }: { created: Created; shell: ShellDef }) {
  const { t, tOr } = useI18n();
  const drafts = useQuery('orders.list', { status: 'draft', limit: 500 });
  if (created.orderIds.length === 0) {
    return (
      <Alert severity="info" data-testid="bulk-nobody">
        {t('movements.create.nobody')}
      </Alert>
    );
  }
  const byId = new Map((drafts.data?.items ?? []).map((o) => [o.id, o]));
  return (
    <Alert severity="success" data-testid="bulk-created">
      {t('movements.create.done', { orders: created.orderIds.length, students: created.students })}
      <List dense disablePadding>
        {created.orderIds.map((id, i) => {
          const order = byId.get(id);
          return (
            <ListItem key={id} disableGutters>
              <Link component={RouterLink} to={orderPath(shell, id)} data-testid="bulk-order-link">
                {order
                  ? t('movements.create.orderOf', {
                      type: orderTypeName(tOr, order.type),
                      count: order.studentCount,
                    })
                  : t('movements.create.order', { n: i + 1 })}
              </Link>
            </ListItem>
          );
        })}
      </List>
    </Alert>
  );
}
