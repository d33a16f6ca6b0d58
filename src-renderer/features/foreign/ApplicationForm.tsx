import { Button, Grid, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ChannelInput } from '../../../src-shared/contract';
import type { ApplicationDetail } from '../../../src-shared/contract/foreign';
import { FOREIGN_COUNTRIES, isListedCountry } from '../../../src-shared/domain/foreign-applicant';
import { EDUCATION_FORMS, EDUCATION_LANGS } from '../../../src-shared/domain/structure-codes';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { SectionCard } from '../../ui/SectionCard';
import { countryName } from './foreign-format';

type Draft = ChannelInput<'foreign.create'>;
const OTHER = 'other';

function draftOf(a: ApplicationDetail | null): Draft {
  return {
    lastName: a?.lastName ?? '',
    firstName: a?.firstName ?? '',
    patronymic: a?.patronymic ?? '',
    passportNumber: a?.passportNumber ?? '',
    country: a?.country ?? '',
    birthDate: a?.birthDate ?? null,
    gender: a?.gender ?? null,
    phone: a?.phone ?? '',
    email: a?.email ?? '',
    specialtyId: a?.specialtyId ?? null,
    educationForm: (a?.educationForm ?? '11') as Draft['educationForm'],
    educationLang: (a?.educationLang ?? '12') as Draft['educationLang'],
    course: a?.course ?? 1,
    notes: a?.notes ?? '',
  };
}

/**
 * The applicant's data as in the passport (Latin spelling copied exactly) and what they apply for. A listed
 * country is picked by name; any other is typed as its ISO code.
 */
export function ApplicationForm({
  application,
  readOnly,
  onSaved,
}: {
  application: ApplicationDetail | null;
  readOnly: boolean;
  onSaved(next: ApplicationDetail): void;
}) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft>(() => draftOf(application));
  const [otherCountry, setOtherCountry] = useState(!!draft.country && !isListedCountry(draft.country));
  const specialties = useQuery('structure.specialties', {});
  const create = useMutation('foreign.create');
  const update = useMutation('foreign.update');
  const error = application ? update.error : create.error;
  const field = useFieldErrors(error);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: 'lastName' | 'firstName' | 'patronymic' | 'passportNumber' | 'phone' | 'email', hint?: string) => (
    <TextField
      fullWidth
      size="small"
      label={tKey(`foreign.form.${key}`)}
      value={draft[key] ?? ''}
      onChange={(e) => set(key)(e.target.value)}
      disabled={readOnly}
      {...field(key, hint)}
    />
  );

  async function save() {
    const res = application ? await update.run({ id: application.id, ...draft }) : await create.run(draft);
    if (res.ok) {
      notify(t('common.saved'));
      onSaved(res.data);
    }
  }

  return (
    <SectionCard title={t('foreign.form.title')} hint={t('foreign.form.hint')}>
      <Stack spacing={2}>
        <ErrorAlert error={error && !error.details?.issues?.length ? error : null} />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>{text('lastName', t('foreign.form.asInPassport'))}</Grid>
          <Grid size={{ xs: 12, md: 4 }}>{text('firstName')}</Grid>
          <Grid size={{ xs: 12, md: 4 }}>{text('patronymic')}</Grid>
          <Grid size={{ xs: 12, md: 4 }}>{text('passportNumber')}</Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              select
              fullWidth
              size="small"
              label={t('foreign.form.country')}
              value={otherCountry ? OTHER : draft.country}
              onChange={(e) => {
                const other = e.target.value === OTHER;
                setOtherCountry(other);
                set('country')(other ? '' : e.target.value);
              }}
              disabled={readOnly}
              {...(otherCountry ? {} : field('country'))}
            >
              {FOREIGN_COUNTRIES.map((c) => (
                <MenuItem key={c} value={c}>
                  {countryName(tKey, c)}
                </MenuItem>
              ))}
              <MenuItem value={OTHER}>{t('foreign.form.otherCountry')}</MenuItem>
            </TextField>
          </Grid>
          {otherCountry && (
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField
                fullWidth
                size="small"
                label={t('foreign.form.countryCode')}
                value={draft.country}
                onChange={(e) => set('country')(e.target.value.toUpperCase().slice(0, 2))}
                disabled={readOnly}
                {...field('country', t('foreign.form.countryCodeHint'))}
              />
            </Grid>
          )}
          <Grid size={{ xs: 12, md: 4 }}>
            <DateField
              fullWidth
              size="small"
              label={t('foreign.form.birthDate')}
              value={draft.birthDate ?? ''}
              onChange={(v) => set('birthDate')(v || null)}
              disabled={readOnly}
              {...field('birthDate')}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              select
              fullWidth
              size="small"
              label={t('foreign.form.gender')}
              value={draft.gender ?? ''}
              onChange={(e) => set('gender')(e.target.value || null)}
              disabled={readOnly}
              {...field('gender')}
            >
              {['11', '12'].map((g) => (
                <MenuItem key={g} value={g}>
                  {tKey(`code.gender.${g}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>{text('phone')}</Grid>
          <Grid size={{ xs: 12, md: 4 }}>{text('email')}</Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <TextField
              select
              fullWidth
              size="small"
              label={t('foreign.form.specialty')}
              value={draft.specialtyId ?? ''}
              onChange={(e) => set('specialtyId')(e.target.value || null)}
              disabled={readOnly}
              {...field('specialtyId')}
            >
              {(specialties.data ?? []).map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.code} {s.nameUzLatn}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <TextField
              select
              fullWidth
              size="small"
              label={t('foreign.form.course')}
              value={draft.course}
              onChange={(e) => set('course')(Number(e.target.value))}
              disabled={readOnly}
            >
              {[1, 2, 3, 4, 5, 6].map((c) => (
                <MenuItem key={c} value={c}>
                  {c}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <TextField
              select
              fullWidth
              size="small"
              label={t('foreign.form.educationForm')}
              value={draft.educationForm}
              onChange={(e) => set('educationForm')(e.target.value as Draft['educationForm'])}
              disabled={readOnly}
            >
              {EDUCATION_FORMS.map((c) => (
                <MenuItem key={c} value={c}>
                  {tKey(`code.educationForm.${c}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <TextField
              select
              fullWidth
              size="small"
              label={t('foreign.form.educationLang')}
              value={draft.educationLang}
              onChange={(e) => set('educationLang')(e.target.value as Draft['educationLang'])}
              disabled={readOnly}
            >
              {EDUCATION_LANGS.map((c) => (
                <MenuItem key={c} value={c}>
                  {tKey(`code.educationLang.${c}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={12}>
            <TextField
              fullWidth
              multiline
              minRows={2}
              size="small"
              label={t('foreign.form.notes')}
              value={draft.notes}
              onChange={(e) => set('notes')(e.target.value)}
              disabled={readOnly}
            />
          </Grid>
        </Grid>
        {!readOnly && (
          <Stack direction="row">
            <Button variant="contained" onClick={() => void save()} disabled={create.busy || update.busy}>
              {application ? t('common.save') : t('foreign.form.create')}
            </Button>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
