import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { Writer } from '../../commands/writer';

export type DraftInput = ChannelParsedInput<'orders.saveDraft'> & {
  /** A promotion/graduation run that made the draft (`orders.runKey`). */
  runKey?: string | null;
};

/**
 * Creates (no `id`) or replaces a draft order with its lines through the audited writer; returns its id.
 * Problems do not stop a draft. Placeholder until the lifecycle lands.
 */
export function saveDraft(_w: Writer, _login: string, _input: DraftInput): string {
  throw new Error('not built yet');
}
