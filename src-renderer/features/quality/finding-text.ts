import type { QualityItem } from '../../../src-shared/contract/quality';
import type { I18n } from '../../app/i18n';

type Tr = Pick<I18n, 'tKey' | 'tOr'>;

export function studentFieldLabel(tr: Tr, field: string): string {
  return tr.tOr(`auditField.${field}`, field);
}

/**
 * The finding in the person's language. `fields` arrives as field names (`lastNameLat, firstNameCyr`)
 * and is shown as the card names them.
 */
export function findingText(item: Pick<QualityItem, 'key' | 'params'>, tr: Tr): string {
  const params = { ...item.params };
  if (typeof params.fields === 'string') {
    params.fields = params.fields
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean)
      .map((f) => studentFieldLabel(tr, f))
      .join(', ');
  }
  return tr.tKey(item.key, params);
}

/** The proposed fix as "field label → new value" pairs, in the order the backend gave them. */
export function fixLines(fix: QualityItem['fix'], tr: Tr): { field: string; label: string; value: string }[] {
  return Object.entries(fix ?? {}).map(([field, value]) => ({ field, label: studentFieldLabel(tr, field), value }));
}

/** A finding as one row of the .xlsx export (the columns the list shows). */
export function exportRow(item: QualityItem, tr: Tr): Record<string, string> {
  return {
    name: item.name,
    group: item.group ?? '',
    finding: findingText(item, tr),
    related: item.related.map((r) => r.name).join('; '),
    fix: fixLines(item.fix, tr)
      .map((l) => `${l.label}: ${l.value}`)
      .join('; '),
  };
}
