import { scholarshipRulesSchema } from '../../../src-shared/contract/scholarships-models';
import { DEFAULT_SCHOLARSHIP_RULES, rulesIssues, type ScholarshipRules } from '../../../src-shared/domain/scholarships';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import { readMeta } from '../system/settings';

/** The office's rules live in app_meta as JSON: no table of their own, one value, audited like any setting. */
export const RULES_META_KEY = 'scholarships.rules';

/**
 * The rules in force. Saved rules are read over the defaults, so a field added in a later version takes its
 * default; a value that no longer parses (edited by hand) falls back to the defaults rather than failing the list.
 */
export function scholarshipRules(db: Db): { rules: ScholarshipRules; isDefault: boolean } {
  const saved = readMeta(db, RULES_META_KEY);
  if (!saved) return { rules: DEFAULT_SCHOLARSHIP_RULES, isDefault: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(saved);
  } catch {
    return { rules: DEFAULT_SCHOLARSHIP_RULES, isDefault: true };
  }
  const merged = scholarshipRulesSchema.safeParse({ ...DEFAULT_SCHOLARSHIP_RULES, ...(parsed as object) });
  return merged.success
    ? { rules: merged.data, isDefault: false }
    : { rules: DEFAULT_SCHOLARSHIP_RULES, isDefault: true };
}

/** Saves the rules after the checks the schema cannot make (thresholds in order); `null` restores the defaults. */
export function saveScholarshipRules(w: Writer, rules: ScholarshipRules | null): void {
  if (rules === null) {
    w.setMeta(RULES_META_KEY, '');
    return;
  }
  const issues = rulesIssues(rules);
  if (issues.length > 0)
    throw new AppError('VALIDATION', 'error.validation', 'The scholarship rules have errors', { details: { issues } });
  const tidy = {
    ...rules,
    paymentForms: [...new Set(rules.paymentForms)],
    educationForms: [...new Set(rules.educationForms)],
  };
  w.setMeta(RULES_META_KEY, JSON.stringify(tidy));
}
