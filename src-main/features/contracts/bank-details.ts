import { cleanText } from '../../../src-shared/domain/apostrophes';
import type { Writer } from '../../commands/writer';
import { BANK_DETAILS_META_KEY } from '../documents/sources/contract';

/**
 * The institution's bank requisites as printed on every contract under its STIR. Free lines, not fields: a state
 * OTM pays through the treasury (gʻaznachilik account, its own MFO, a personal account number) and a private
 * one through a commercial bank, and each bank writes its requisites its own way.
 */
export { readBankDetails } from '../documents/sources/contract';

/** Saves the lines as typed (apostrophes normalised, blank lines dropped); audited as a setting. */
export function saveBankDetails(w: Writer, lines: readonly string[]): string[] {
  const clean = lines.map(cleanText).filter(Boolean);
  w.setMeta(BANK_DETAILS_META_KEY, clean.join('\n'));
  return clean;
}
