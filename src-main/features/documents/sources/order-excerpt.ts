import type { DocumentParams } from '../../../../src-shared/contract/documents';
import { orderTextsSchema } from '../../../../src-shared/contract/orders';
import type { OrderExcerptExtra } from '../../../../src-shared/domain/documents/order-excerpt';
import { paragraphsFor } from '../../../../src-shared/domain/order-text';
import type { OrderType } from '../../../../src-shared/domain/orders';
import { formatDate } from '../../../../src-shared/domain/format';
import { AppError } from '../../../../src-shared/errors';
import type { Db } from '../../../db/store';
import type { ExtraLoader } from './index';
import { sqliteOf } from './sqlite';

interface OrderRow {
  id: string;
  type: OrderType;
  status: string;
  number: string | null;
  orderDate: string | null;
  approvedText: string | null;
}

/** Key a batch lists a student under when the order does not name them (the batch goes on without them). */
export const NOT_IN_ORDER_KEY = 'documents.hold.notInOrder';

/**
 * The order an excerpt is taken from: it must exist and be approved (or applied), since an excerpt copies
 * the text the rector signed, and a draft has neither number nor signed text.
 */
export function excerptOrder(db: Db, params: DocumentParams): OrderRow & { number: string; orderDate: string } {
  if (!params.orderId)
    throw new AppError('VALIDATION', 'error.validation', 'An order excerpt needs params.orderId', {
      details: { issues: [{ path: 'params.orderId', key: 'validation.required' }] },
    });
  const row = sqliteOf(db)
    .prepare(
      `select id, type, status, number, order_date as orderDate, approved_text as approvedText
         from orders where id = ?`,
    )
    .get(params.orderId) as OrderRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', `Order ${params.orderId} not found`);
  if (row.status === 'draft' || !row.approvedText || !row.number || !row.orderDate)
    throw new AppError('CONFLICT', 'error.documents.orderNotApproved', 'Only an approved order has an excerpt');
  return row as OrderRow & { number: string; orderDate: string };
}

/** The approved text of the order; a student it does not name is refused with the order's number and date. */
export const loadOrderExcerpt: ExtraLoader = (db, source, params): OrderExcerptExtra => {
  const order = excerptOrder(db, params);
  const text = orderTextsSchema.parse(JSON.parse(order.approvedText!));
  if (paragraphsFor(text['uz-Latn'], source.student.id).length === 0)
    throw new AppError(
      'CONFLICT',
      'error.documents.notInOrder',
      `Order № ${order.number} of ${order.orderDate} does not name this student`,
      {
        params: { number: order.number, date: formatDate(order.orderDate) },
        // A batch skips the student under this key rather than stopping.
        details: { skipKey: NOT_IN_ORDER_KEY },
      },
    );
  return { orderId: order.id, type: order.type, number: order.number, orderDate: order.orderDate, text };
};
