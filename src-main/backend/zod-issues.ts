import type { z } from 'zod';
import type { FieldIssue } from '../../src-shared/errors';

/** Turns zod issues into translatable field issues (`path` + i18n key + params). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue): FieldIssue => {
    const path = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string') {
          return Number(issue.minimum) <= 1
            ? { path, key: 'validation.required' }
            : { path, key: 'validation.tooShort', params: { min: Number(issue.minimum) } };
        }
        return { path, key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
      case 'too_big':
        return issue.origin === 'string'
          ? { path, key: 'validation.tooLong', params: { max: Number(issue.maximum) } }
          : { path, key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
      case 'invalid_format':
        return { path, key: issue.format === 'email' ? 'validation.invalidEmail' : 'validation.invalidFormat' };
      case 'invalid_type':
        return issue.input === undefined
          ? { path, key: 'validation.required' }
          : { path, key: 'validation.invalidType' };
      case 'unrecognized_keys':
        return { path: [path, ...issue.keys].filter(Boolean).join('.'), key: 'validation.unknownField' };
      case 'custom': {
        const key = typeof issue.params?.key === 'string' ? issue.params.key : 'validation.invalidValue';
        return { path, key };
      }
      default:
        return { path, key: 'validation.invalidValue' };
    }
  });
}
