import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import { Button, Grid, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ChannelOutput } from '../../../src-shared/contract';
import type { InstitutionProfile } from '../../../src-shared/contract/institution';
import { formatDateTime } from '../../../src-shared/domain/format';
import { useMutation } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { LogoField } from './LogoField';
import { SignatoriesEditor } from './SignatoriesEditor';

type Saved = ChannelOutput<'institution.get'>;
type TextKey = Exclude<keyof InstitutionProfile, 'logo' | 'signatories'>;

const FIELDS: readonly string[] = [
  'nameUzLatn',
  'nameUzCyrl',
  'nameRu',
  'nameEn',
  'shortName',
  'address',
  'city',
  'phone',
  'email',
  'stir',
  'rectorName',
  'officeHeadName',
  'logo',
];

function profileOf({ updatedAt: _updatedAt, ...profile }: Saved): InstitutionProfile {
  return profile;
}

/** The institution profile form; `initial` is the saved profile, kept as the "discard" point. */
export function InstitutionForm({ initial }: { initial: Saved }) {
  const t = useT();
  const notify = useNotify();
  const { refreshHealth } = useSession();
  const update = useMutation('institution.update');
  const field = useFieldErrors(update.error);
  const [saved, setSaved] = useState<Saved>(initial);
  const [form, setForm] = useState<InstitutionProfile>(() => profileOf(initial));
  const formRef = useRef<HTMLFormElement>(null);
  useSaveShortcut(formRef);
  const dirty = JSON.stringify(form) !== JSON.stringify(profileOf(saved));

  const text = (name: TextKey, hint?: string) => ({
    name,
    id: `institution-${name}`,
    label: t(`institution.${name}`),
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
    ...field(name, hint),
  });

  // Official names are long: they wrap over up to three lines, but Enter still saves (no line breaks in a name).
  const longText = (name: TextKey) => ({
    ...text(name),
    multiline: true,
    maxRows: 3,
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      formRef.current?.requestSubmit();
    },
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!dirty) return;
    const result = await update.run(form);
    if (!result.ok) return;
    setSaved(result.data);
    setForm(profileOf(result.data));
    notify(t('institution.saved'));
    void refreshHealth();
  }

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="institution-form">
      <PageHeader
        title={t('institution.title')}
        intro={t('institution.intro')}
        actions={
          <>
            <Button color="inherit" disabled={!dirty || update.busy} onClick={() => setForm(profileOf(saved))}>
              {t('common.discard')}
            </Button>
            <Button type="submit" variant="contained" disabled={!dirty || update.busy} title={t('common.saveShortcut')}>
              {t('common.save')}
            </Button>
          </>
        }
      />
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2, minHeight: 24 }} data-testid="save-state">
        {dirty ? (
          <Typography variant="body2" color="warning.dark">
            {t('common.unsaved')}
          </Typography>
        ) : (
          <>
            {saved.updatedAt && <CheckCircleOutline fontSize="small" color="success" />}
            <Typography variant="body2" color="text.secondary">
              {saved.updatedAt
                ? t('institution.lastSaved', { time: formatDateTime(saved.updatedAt) })
                : t('institution.neverSaved')}
            </Typography>
          </>
        )}
      </Stack>
      <ErrorAlert error={update.error} fields={FIELDS} sx={{ mb: 2 }} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <SectionCard title={t('institution.section.names')}>
            <Grid container spacing={2}>
              <Grid size={12}>
                <TextField {...longText('nameUzLatn')} autoFocus />
              </Grid>
              <Grid size={12}>
                <TextField {...longText('nameUzCyrl')} />
              </Grid>
              <Grid size={12}>
                <TextField {...longText('nameRu')} />
              </Grid>
              <Grid size={12}>
                <TextField {...longText('nameEn')} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextField {...text('shortName')} />
              </Grid>
            </Grid>
          </SectionCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2}>
            <SectionCard title={t('institution.section.logo')}>
              <LogoField
                value={form.logo}
                onChange={(logo) => setForm((f) => ({ ...f, logo }))}
                serverError={field('logo').helperText}
              />
            </SectionCard>
            <SectionCard title={t('institution.section.people')}>
              <Stack spacing={2}>
                <TextField {...text('rectorName')} />
                <TextField {...text('officeHeadName')} />
              </Stack>
            </SectionCard>
          </Stack>
        </Grid>
        <Grid size={12}>
          <SectionCard title={t('institution.section.contacts')}>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 8 }}>
                <TextField {...text('address')} />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField {...text('city')} />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField {...text('phone', t('institution.phoneHint'))} type="tel" />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField {...text('email')} type="email" />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField
                  {...text('stir', t('institution.stirHint'))}
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 9 } }}
                />
              </Grid>
            </Grid>
          </SectionCard>
        </Grid>
        <Grid size={12}>
          <SectionCard title={t('institution.section.signatories')} hint={t('institution.signatories.hint')}>
            <SignatoriesEditor
              value={form.signatories}
              onChange={(signatories) => setForm((f) => ({ ...f, signatories }))}
              field={field}
            />
          </SectionCard>
        </Grid>
      </Grid>
    </form>
  );
}
