import type { Locale } from '../contract/common';

/** A feature's messages in all four UI languages; a key missing from one fails type-checking. */
export type MessageSet<K extends string> = Record<Locale, Record<K, string>>;

export function defineMessages<K extends string>(set: MessageSet<K>): MessageSet<K> {
  return set;
}
