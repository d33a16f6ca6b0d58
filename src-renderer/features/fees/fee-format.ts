import type { FieldIssue } from '../../../src-shared/errors';
import { formatFactor, formatPercent, formatPlain, formatSom } from '../../../src-shared/domain/fees';
import type { I18n } from '../../app/i18n';

/**
 * The params of a calculation step or a tariff problem as the person reads them: amounts grouped like the
 * printed contract ("12 500 000"), coefficients with a decimal comma ("1,5"), percents, codes by name.
 */

const MONEY = new Set(['price', 'bhm', 'stipend', 'base', 'before', 'creditPrice', 'amount']);
const FACTORS = new Set(['coefficient']);

type Translate = Pick<I18n, 'tOr'>;

export function stepParams(params: Record<string, string | number>, i18n: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' && MONEY.has(name)) out[name] = formatSom(value);
    else if (typeof value === 'number' && FACTORS.has(name)) out[name] = formatFactor(value);
    else if (typeof value === 'number' && name === 'percent') out[name] = formatPercent(value);
    else if (typeof value === 'number') out[name] = formatPlain(value);
    else if (name === 'educationForm' || name === 'form') out[name] = formName(value, i18n);
    else if (name === 'contractType') out[name] = `${value} — ${i18n.tOr(`fees.contractType.${value}`, value)}`;
    else if (name === 'field') out[name] = i18n.tOr(`fees.field.${value}`, value);
    else out[name] = value;
  }
  return out;
}

export function formName(code: string, i18n: Translate): string {
  return i18n.tOr(`code.educationForm.${code}`, code);
}

/** A problem of a tariff or a calculation in the person's language, its row or field named. */
export function issueText(issue: FieldIssue, i18n: Pick<I18n, 'tOr' | 'tKey'>): string {
  const text = i18n.tKey(issue.key, stepParams(issue.params ?? {}, i18n));
  if (issue.key.startsWith('fees.problem.row') || issue.key.startsWith('fees.import.') || !issue.path) return text;
  const head = /^(discounts)\.(\d+)/.exec(issue.path);
  const field = head
    ? `${i18n.tOr('fees.tariffs.discounts', 'discounts')} ${Number(head[2]) + 1}`
    : i18n.tOr(
        `auditField.${issue.path.replace(/^contractTypeCoefficients\./, 'tariff.contractTypeCoefficients.')}`,
        i18n.tOr(`auditField.${issue.path.split('.')[0] ?? ''}`, issue.path),
      );
  return `${field}: ${text}`;
}

/** A sum typed with spaces or a decimal comma; empty → null; not a number → NaN (the server names it). */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

export function amountText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

/** HEMIS semester codes 11, 12 … are the 1st, 2nd … semester. */
export function semesterNumber(code: string): number {
  const n = Number(code);
  return n > 10 ? n - 10 : n;
}
