import { Checkbox, FormControlLabel, Grid, MenuItem, Stack, TextField } from '@mui/material';
import { formatDate } from '../../../../src-shared/domain/format';
import { useI18n } from '../../../app/i18n';
import { DateField } from '../../../ui/DateField';
import { SectionCard } from '../../../ui/SectionCard';
import { CLASSIFIERS, codeKey } from '../classifiers';
import type { FieldProps } from './field-props';
import type { StudentFormApi } from './use-student-form';

/**
 * PINFL and passport with the person's data they must agree with. A PINFL whose check digit fails
 * is saved only when a head accepts it here (DOMAIN §6.1); birth date and sex follow the PINFL
 * when left empty, and the form says so.
 */
export function IdentitySection({
  form,
  field,
  mayAcceptCheckDigit,
}: {
  form: StudentFormApi;
  field: FieldProps;
  mayAcceptCheckDigit: boolean;
}) {
  const { t, tOr } = useI18n();
  const derived = form.check.student;
  const birthDateFromPinfl = form.draft.birthDate === '' && derived.birthDate ? derived.birthDate : null;
  const genderFromPinfl = form.draft.gender === '' && derived.gender ? derived.gender : null;
  const birth = field(
    'birthDate',
    birthDateFromPinfl ? t('studentForm.fromPinfl', { value: formatDate(birthDateFromPinfl) }) : undefined,
  );
  const gender = field(
    'gender',
    genderFromPinfl ? t('studentForm.fromPinfl', { value: tOr(codeKey('gender', genderFromPinfl), '') }) : undefined,
  );
  const pinfl = field(
    'pinfl',
    form.acceptedEarlier ? t('studentForm.pinflAcceptedEarlier') : t('studentForm.pinflHint'),
  );
  const passport = field('passport', t('studentForm.passportHint', { example: 'AA 1234567' }));
  return (
    <SectionCard title={t('studentForm.section.identity')} fill>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Stack spacing={0.5}>
            <TextField
              label={t('auditField.pinfl')}
              {...pinfl}
              onChange={(e) => form.set('pinfl', e.target.value.replace(/[^\d]/g, '').slice(0, 14))}
              slotProps={{ ...pinfl.slotProps, htmlInput: { inputMode: 'numeric', maxLength: 14 } }}
            />
            {form.checkDigitWarning && mayAcceptCheckDigit && (
              <FormControlLabel
                control={
                  <Checkbox
                    size="small"
                    checked={form.acceptCheckDigit}
                    onChange={(e) => form.setAcceptCheckDigit(e.target.checked)}
                    name="acceptCheckDigit"
                  />
                }
                label={t('studentForm.acceptCheckDigit')}
                slotProps={{ typography: { variant: 'body2' } }}
                data-testid="accept-check-digit"
              />
            )}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            label={t('auditField.passport')}
            {...passport}
            onChange={(e) => form.set('passport', e.target.value.toUpperCase())}
            slotProps={{ ...passport.slotProps, htmlInput: { maxLength: 20, style: { textTransform: 'uppercase' } } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateField
            label={t('auditField.birthDate')}
            name="birthDate"
            id="student-birthDate"
            value={form.draft.birthDate}
            onChange={(iso) => form.set('birthDate', iso)}
            onBlur={birth.onBlur}
            error={birth.error}
            helperText={birth.helperText}
            slotProps={birth.slotProps}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            select
            label={t('auditField.gender')}
            {...gender}
            onChange={(e) => form.set('gender', e.target.value as '' | '11' | '12')}
          >
            <MenuItem value="">
              <em>{t('studentForm.notSet')}</em>
            </MenuItem>
            {CLASSIFIERS.gender.map((code) => (
              <MenuItem key={code} value={code}>
                {tOr(codeKey('gender', code), code)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={12}>
          <TextField
            select
            label={t('auditField.citizenship')}
            {...field('citizenship')}
            onChange={(e) => form.set('citizenship', e.target.value as '11' | '12' | '13')}
          >
            {CLASSIFIERS.citizenship.map((code) => (
              <MenuItem key={code} value={code}>
                {tOr(codeKey('citizenship', code), code)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
      </Grid>
    </SectionCard>
  );
}
