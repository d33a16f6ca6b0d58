import { Card, CardContent, FormControlLabel, Grid, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { LOCALES, type Locale } from '../../../src-shared/contract/common';
import { formatDateTime } from '../../../src-shared/domain/format';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useSession, useUser } from '../../app/session';
import { PageHeader } from '../../ui/PageHeader';
import { ChangePasswordCard } from './ChangePasswordCard';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Stack direction="row" spacing={2}>
      <Typography color="text.secondary" sx={{ width: 160, flexShrink: 0 }}>
        {label}
      </Typography>
      <Typography fontWeight={500}>{value}</Typography>
    </Stack>
  );
}

/** The signed-in person's own account: details, password, interface language. */
export function AccountPage() {
  const { t, tKey, locale } = useI18n();
  const { user } = useUser();
  const { changeLocale } = useSession();
  const notify = useNotify();

  return (
    <>
      <PageHeader title={t('account.title')} />
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={3}>
            <Card>
              <CardContent>
                <Typography variant="h6" component="h2" gutterBottom>
                  {t('account.profile')}
                </Typography>
                <Stack spacing={1}>
                  <Row label={t('field.fullName')} value={user.fullName} />
                  <Row label={t('field.login')} value={user.login} />
                  <Row label={t('field.role')} value={t(`role.${user.role}`)} />
                  <Row label={t('account.lastSignIn')} value={formatDateTime(user.lastSignInAt) || '—'} />
                </Stack>
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="h6" component="h2">
                  {t('account.language')}
                </Typography>
                <Typography variant="body2" color="text.secondary" gutterBottom>
                  {t('account.languageHint')}
                </Typography>
                <RadioGroup
                  value={locale}
                  onChange={(e) =>
                    void changeLocale(e.target.value as Locale).then(
                      (error) => error && notify(tKey(error.key, error.params), 'error'),
                    )
                  }
                >
                  {LOCALES.map((l) => (
                    <FormControlLabel
                      key={l}
                      value={l}
                      control={<Radio size="small" />}
                      label={t(`locale.${l}`)}
                      lang={l}
                    />
                  ))}
                </RadioGroup>
              </CardContent>
            </Card>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <ChangePasswordCard />
        </Grid>
      </Grid>
    </>
  );
}
