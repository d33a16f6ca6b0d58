import type { z } from 'zod';
import type { FieldIssue } from '../../src-shared/errors';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function issueOf(issue: z.core.$ZodIssue, input: unknown): FieldIssue {
  const path = issue.path.map(String).join('.');
  // A schema may name its own message key: `.regex(re, 'validation.stir')`.
  if (/^(validation|error)\.[A-Za-z.]+$/.test(issue.message)) return { path, key: issue.message };
  const value = valueAt(input, issue.path);
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (issue.code !== 'unrecognized_keys') return { path, key: 'validation.required' };
  }
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? { path, key: 'validation.tooShort', params: { min: Number(issue.minimum) } }
        : { path, key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { path, key: 'validation.tooLong', params: { max: Number(issue.maximum) } }
        : { path, key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { path, key: issue.format === 'email' ? 'validation.invalidEmail' : 'validation.invalidFormat' };
    case 'invalid_type':
      return { path, key: 'validation.invalidType' };
    case 'unrecognized_keys':
      return { path: [path, ...issue.keys].filter(Boolean).join('.'), key: 'validation.unknownField' };
    default:
      return { path, key: 'validation.invalidValue' };
  }
}

/**
 * Turns zod issues into translatable field issues (`path` + i18n key + params), one per field:
 * an empty required field says "required", not "too short" and "invalid format" at once.
 */
export function toFieldIssues(error: z.ZodError, input: unknown): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = issueOf(issue, input);
    if (seen.has(field.path) && field.key !== 'validation.unknownField') continue;
    seen.add(field.path);
    out.push(field);
  }
  return out;
}
