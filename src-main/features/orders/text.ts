import type { OrderTexts } from '../../../src-shared/contract/orders';
import type { Sqlite } from '../../db/connection';

/**
 * The order's text in uz-Latn and ru, generated from its rows and the students' current data (a draft's
 * preview; approval stores the result). Placeholder until the text builder lands.
 */
export function orderTextsFor(db: Sqlite, orderId: string): OrderTexts {
  const order = db.prepare('select type, number, order_date as orderDate from orders where id = ?').get(orderId) as
    { type: string; number: string | null; orderDate: string | null } | undefined;
  const empty = {
    institution: '',
    heading: 'BUYRUQ',
    dateLine: order?.orderDate ?? '',
    numberLine: order?.number ?? '',
    place: '',
    title: order?.type ?? '',
    preamble: '',
    command: 'BUYURAMAN:',
    paragraphs: [],
    control: '',
    basis: '',
    signature: { position: '', name: '' },
  };
  return { 'uz-Latn': empty, ru: { ...empty, heading: 'ПРИКАЗ', command: 'ПРИКАЗЫВАЮ:' } };
}
