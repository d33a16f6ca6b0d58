import type { z } from 'zod';
import type { Access } from './roles';

/**
 * One channel of the contract. `kind: 'command'` marks a mutation: its handler runs through
 * the audited write path. `input`/`output` are validated by `dispatch`.
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  kind: 'query' | 'command';
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}
