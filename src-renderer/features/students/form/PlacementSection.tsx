import { Grid, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { SectionCard } from '../../../ui/SectionCard';
import { CLASSIFIERS, codeKey } from '../classifiers';
import type { FieldProps } from './field-props';
import { GroupPicker } from './GroupPicker';
import type { StudentFormApi } from './use-student-form';

/** Where the student studies: the group carries the placement; status and payment are the student's own. */
export function PlacementSection({ form, field }: { form: StudentFormApi; field: FieldProps }) {
  const { t, tKey, tOr } = useI18n();
  const groups = useQuery('students.groups', {});
  const groupError = form.errorsOf('groupId')[0];
  return (
    <SectionCard title={t('studentForm.section.placement')} fill>
      <Stack spacing={2}>
        <GroupPicker
          groups={groups.data ?? []}
          loading={groups.loading && !groups.data}
          value={form.draft.groupId}
          onChange={(id) => form.set('groupId', id)}
          error={groupError !== undefined}
          helperText={groupError ? tKey(groupError.key, groupError.params) : undefined}
        />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              select
              label={t('auditField.status')}
              {...field('status')}
              onChange={(e) => form.set('status', e.target.value as typeof form.draft.status)}
            >
              {CLASSIFIERS.status.map((code) => (
                <MenuItem key={code} value={code}>
                  {tOr(codeKey('status', code), code)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              select
              label={t('auditField.paymentForm')}
              {...field('paymentForm')}
              onChange={(e) => form.set('paymentForm', e.target.value as typeof form.draft.paymentForm)}
            >
              <MenuItem value="">
                <em>{t('studentForm.notSet')}</em>
              </MenuItem>
              {CLASSIFIERS.paymentForm.map((code) => (
                <MenuItem key={code} value={code}>
                  {tOr(codeKey('paymentForm', code), code)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
        </Grid>
        <TextField
          label={t('auditField.studentIdNumber')}
          {...field('studentIdNumber', t('studentForm.studentIdHint'))}
        />
      </Stack>
    </SectionCard>
  );
}
