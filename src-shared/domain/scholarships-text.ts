import type { ExclusionReason } from './scholarships';

type Translate = (key: string, params?: Record<string, string | number>) => string;
type TranslateOr = (key: string, fallback: string) => string;

/** Reason parameters that are classifier codes, shown by their names (`code.<classifier>.<code>`). */
const CODE_PARAMS: Record<string, string> = {
  paymentForm: 'paymentForm',
  educationForm: 'educationForm',
  status: 'status',
};

/**
 * An exclusion reason in words, in the screen's or the export's language: a classifier code in its parameters
 * ("notGrant" {paymentForm: '12'}) is replaced by the code's name, an unknown code stays as stored.
 */
export function reasonText(t: Translate, tOr: TranslateOr, reason: ExclusionReason): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    const classifier = CODE_PARAMS[name];
    params[name] = classifier && value !== '' ? tOr(`code.${classifier}.${value}`, String(value)) : value;
  }
  return t(reason.key, params);
}

/** `h_stipend_rate` name (`scholarships.rate.<code>`), or the code itself. */
export const rateName = (tOr: TranslateOr, code: string): string => tOr(`scholarships.rate.${code}`, code);

/**
 * A reason's name without its details, for the totals ("Akademik qarz ({count})" → "Akademik qarz"): every
 * reason message keeps its parameters in one bracket at the end for this.
 */
export function reasonLabel(t: Translate, key: string): string {
  return t(key)
    .replace(/\s*\([^()]*\{\w+\}[^()]*\)/g, '')
    .trim();
}
