import { LinearProgress } from '@mui/material';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract, roleMayCall } from '../../../src-shared/contract';
import type { OrderDetail } from '../../../src-shared/contract/orders';
import { useQuery } from '../../api/hooks';
import { useUser } from '../../app/session';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { OrderHeader } from './detail/OrderHeader';
import { OrderView } from './detail/OrderView';
import { DraftPage } from './DraftPage';
import { NewOrderPage } from './NewOrderPage';

/** `orders/new` composes; `orders/<id>` edits a draft (for those who write orders) or shows the order. */
export function OrderPage({ shell }: { shell: ShellDef }) {
  const { id } = useParams();
  return id ? <ExistingOrder key={id} id={id} shell={shell} /> : <NewOrderPage shell={shell} />;
}

function ExistingOrder({ id, shell }: { id: string; shell: ShellDef }) {
  const { user } = useUser();
  const query = useQuery('orders.get', { id });
  // Every action answers with the order as it is now: shown at once, and a fresh composer over a saved draft.
  const [latest, setLatest] = useState<{ order: OrderDetail; version: number } | null>(null);
  const order = latest?.order ?? query.data;
  const changed = (next: OrderDetail) => setLatest((l) => ({ order: next, version: (l?.version ?? 0) + 1 }));

  if (!order) {
    return (
      <>
        <OrderHeader shell={shell} order={null} />
        {query.error ? <ErrorAlert error={query.error} /> : <LinearProgress />}
      </>
    );
  }
  if (order.status === 'draft' && roleMayCall(user.role, contract['orders.saveDraft'].access)) {
    return <DraftPage key={latest?.version ?? 0} shell={shell} order={order} onChanged={changed} />;
  }
  return <OrderView shell={shell} order={order} onChanged={changed} />;
}
