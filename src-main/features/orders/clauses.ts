import type { OrderType } from '../../../src-shared/domain/orders';
import type { Sqlite } from '../../db/connection';

export interface ClauseTexts {
  preambleUz: string;
  preambleRu: string;
  basisUz: string;
  basisRu: string;
  controlUz: string;
  controlRu: string;
}

/** The clause library's default preamble, control paragraph and basis for a new order of this type. Placeholder. */
export function defaultClauseTexts(_db: Sqlite, _type: OrderType): ClauseTexts {
  return { preambleUz: '', preambleRu: '', basisUz: '', basisRu: '', controlUz: '', controlRu: '' };
}
