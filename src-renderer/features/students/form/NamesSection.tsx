import SwapHoriz from '@mui/icons-material/SwapHoriz';
import { Alert, Button, Grid, Stack, TextField, Typography } from '@mui/material';
import { useI18n } from '../../../app/i18n';
import { SectionCard } from '../../../ui/SectionCard';
import { fullName } from '../student-format';
import type { FieldProps } from './field-props';
import { NAME_PARTS, transliterated, type Script } from './student-draft';
import type { StudentFormApi } from './use-student-form';

const PROPOSED = { '& .MuiOutlinedInput-root': { bgcolor: '#fff8e1' } };

/** What the person is asked about the other script: nothing, fill it in, or check what was filled. */
function ScriptNotice({ form }: { form: StudentFormApi }) {
  const { t } = useI18n();
  const target = form.fillTarget();
  if (form.pending && form.proposal) {
    const to = form.proposal.from === 'Lat' ? 'Cyr' : 'Lat';
    return (
      <Alert
        severity={form.submitted ? 'error' : 'warning'}
        data-testid="script-notice"
        data-state="proposed"
        action={
          <Button color="inherit" size="small" onClick={form.confirmProposal} data-testid="confirm-script">
            {t('studentForm.script.confirm')}
          </Button>
        }
      >
        {t(to === 'Cyr' ? 'studentForm.script.filledCyr' : 'studentForm.script.filledLat')}
      </Alert>
    );
  }
  if (!target) return null;
  const from: Script = target === 'Cyr' ? 'Lat' : 'Cyr';
  const proposal = transliterated(form.draft, from);
  const preview = fullName(...NAME_PARTS.map((p) => proposal[`${p}${target}`]));
  return (
    <Alert
      severity={form.submitted ? 'error' : 'info'}
      data-testid="script-notice"
      data-state="empty"
      action={
        <Button color="inherit" size="small" onClick={() => form.fill(from)} data-testid="fill-script">
          {t('studentForm.script.fill')}
        </Button>
      }
    >
      {t(target === 'Cyr' ? 'studentForm.script.emptyCyr' : 'studentForm.script.emptyLat', { name: preview })}
    </Alert>
  );
}

/** Names in Latin and Cyrillic side by side, the passport spelling under them (DOMAIN §5.4). */
export function NamesSection({ form, field }: { form: StudentFormApi; field: FieldProps }) {
  const { t } = useI18n();
  const proposedIn = form.pending && form.proposal ? (form.proposal.from === 'Lat' ? 'Cyr' : 'Lat') : null;
  const canFill = (from: Script) => NAME_PARTS.some((p) => form.draft[`${p}${from}`].trim() !== '');
  return (
    <SectionCard title={t('studentForm.section.names')} hint={t('studentForm.namesHint')}>
      <Grid container spacing={2} alignItems="flex-start">
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            <Typography variant="subtitle2">{t('studentForm.latin')}</Typography>
            {NAME_PARTS.map((part, i) => (
              <TextField
                key={part}
                label={t(`auditField.${part}Lat`)}
                required={part !== 'patronymic'}
                autoFocus={i === 0}
                sx={proposedIn === 'Lat' ? PROPOSED : undefined}
                {...field(`${part}Lat`)}
              />
            ))}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 2 }}>
          <Stack spacing={1} alignItems="center" sx={{ pt: { md: 6 } }}>
            <Button
              size="small"
              variant="outlined"
              onClick={() => form.fill('Lat')}
              disabled={!canFill('Lat')}
              title={t('studentForm.script.latToCyr')}
              aria-label={t('studentForm.script.latToCyr')}
              data-testid="lat-to-cyr"
              sx={{ whiteSpace: 'nowrap' }}
            >
              ABC → АБВ
            </Button>
            <SwapHoriz color="disabled" fontSize="small" />
            <Button
              size="small"
              variant="outlined"
              onClick={() => form.fill('Cyr')}
              disabled={!canFill('Cyr')}
              title={t('studentForm.script.cyrToLat')}
              aria-label={t('studentForm.script.cyrToLat')}
              data-testid="cyr-to-lat"
              sx={{ whiteSpace: 'nowrap' }}
            >
              АБВ → ABC
            </Button>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            <Typography variant="subtitle2">{t('studentForm.cyrillic')}</Typography>
            {NAME_PARTS.map((part) => (
              <TextField
                key={part}
                label={t(`auditField.${part}Cyr`)}
                lang="uz-Cyrl"
                sx={proposedIn === 'Cyr' ? PROPOSED : undefined}
                {...field(`${part}Cyr`)}
              />
            ))}
          </Stack>
        </Grid>
        <Grid size={12}>
          <ScriptNotice form={form} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <TextField
            label={t('auditField.lastNamePassport')}
            {...field('lastNamePassport', t('studentForm.passportNameHint', { example: 'DJURAEV' }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 2 }} />
        <Grid size={{ xs: 12, md: 5 }}>
          <TextField label={t('auditField.firstNamePassport')} {...field('firstNamePassport')} />
        </Grid>
      </Grid>
    </SectionCard>
  );
}
