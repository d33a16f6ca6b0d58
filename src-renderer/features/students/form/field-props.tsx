import AutoFixHighOutlined from '@mui/icons-material/AutoFixHighOutlined';
import { Button } from '@mui/material';
import type { ReactNode } from 'react';
import { formatDate } from '../../../../src-shared/domain/format';
import { useI18n } from '../../../app/i18n';
import type { DraftField } from './student-draft';
import type { StudentFormApi } from './use-student-form';

/** Warnings that have their own control elsewhere (the names proposal, the PINFL acceptance). */
const SHOWN_ELSEWHERE = new Set(['warning.transliterated']);

/**
 * TextField props for a draft field: value and events, and under it the first thing the person
 * should read — an error, else a warning (with a one-click fix for mixed scripts), else the hint.
 */
export function useFieldProps(form: StudentFormApi) {
  const { t, tKey } = useI18n();
  return (field: Exclude<DraftField, 'groupId'>, hint?: ReactNode) => {
    const errors = form.errorsOf(field);
    const warnings = form.warningsOf(field).filter((w) => !SHOWN_ELSEWHERE.has(w.key));
    const warning = errors.length === 0 ? warnings[0] : undefined;
    let helperText: ReactNode = hint;
    if (errors[0]) helperText = tKey(errors[0].key, errors[0].params);
    else if (warning?.key === 'warning.mixedScript') {
      const fix = String(warning.params?.fix ?? '');
      helperText = (
        <>
          {tKey(warning.key, warning.params)}{' '}
          <Button
            size="small"
            color="warning"
            startIcon={<AutoFixHighOutlined />}
            onClick={() => form.set(field, fix as never)}
            sx={{ py: 0, minHeight: 0, verticalAlign: 'baseline' }}
            data-testid={`fix-${field}`}
          >
            {t('studentForm.fixMixed')}
          </Button>
        </>
      );
    } else if (warning) {
      // Every warning of the field (a PINFL can disagree with both the birth date and the sex).
      helperText = warnings.map((w) => (
        <span key={w.key} style={{ display: 'block' }}>
          {tKey(
            w.key,
            w.key === 'warning.pinflBirthDate' ? { date: formatDate(String(w.params?.date ?? '')) } : w.params,
          )}
        </span>
      ));
    }
    return {
      name: field,
      id: `student-${field}`,
      value: form.draft[field],
      onChange: (e: { target: { value: string } }) => form.set(field, e.target.value as never),
      onBlur: () => form.blur(field),
      error: errors.length > 0,
      helperText,
      slotProps: {
        formHelperText: {
          component: 'div',
          sx: warning ? { color: 'warning.dark' } : undefined,
          'data-testid': `help-${field}`,
          'data-warning': warning?.key,
        } as object,
      },
    };
  };
}

export type FieldProps = ReturnType<typeof useFieldProps>;
