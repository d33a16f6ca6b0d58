import { Box, Card, CardActionArea, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import { useT } from '../../app/i18n';
import { useUser } from '../../app/session';
import { navFor, pathOf, type ShellDef } from '../../shells/shells';

function Fact({ label, value, muted, testId }: { label: string; value: string; muted?: boolean; testId?: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography
        fontWeight={muted ? 400 : 600}
        color={muted ? 'text.secondary' : undefined}
        fontStyle={muted ? 'italic' : undefined}
        data-testid={testId}
      >
        {value}
      </Typography>
    </Box>
  );
}

/** Every workspace opens here: who is signed in, where, and today's date at a glance. */
export function HomePage({ shell }: { shell: ShellDef }) {
  const t = useT();
  const { user, health } = useUser();
  const [today] = useState(() => formatDate(new Date().toISOString()));
  const shortcuts = navFor(shell, user.role).filter((item) => item.page !== 'home');

  return (
    <Stack spacing={3} data-testid="home">
      <Card>
        <CardContent sx={{ p: 3 }}>
          <Typography variant="h5" component="h1" gutterBottom data-testid="welcome">
            {t('home.welcome', { name: user.fullName })}
          </Typography>
          <Stack direction="row" spacing={5} useFlexGap flexWrap="wrap" sx={{ mt: 2 }}>
            <Box>
              <Typography variant="caption" color="text.secondary" component="div">
                {t('home.role')}
              </Typography>
              <Chip label={t(`role.${user.role}`)} color="primary" size="small" sx={{ mt: 0.5 }} data-testid="role" />
            </Box>
            <Fact
              label={t('home.institution')}
              value={health.institutionShortName || t('home.institutionMissing')}
              muted={!health.institutionShortName}
              testId="institution"
            />
            <Fact label={t('home.workspace')} value={t(shell.labelKey)} />
            <Fact label={t('home.today')} value={today} testId="today" />
          </Stack>
        </CardContent>
      </Card>
      {shortcuts.length > 0 && (
        <Box>
          <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
            {t('home.quickAccess')}
          </Typography>
          <Grid container spacing={2}>
            {shortcuts.map((item) => {
              const Icon = item.icon;
              return (
                <Grid key={item.page} size={{ xs: 12, sm: 6, md: 4, lg: 3 }}>
                  <Card>
                    <CardActionArea component={RouterLink} to={pathOf(shell, item)} sx={{ p: 2 }}>
                      <Stack direction="row" spacing={1.5} alignItems="center">
                        <Icon color="primary" />
                        <Typography fontWeight={600}>{t(item.labelKey)}</Typography>
                      </Stack>
                    </CardActionArea>
                  </Card>
                </Grid>
              );
            })}
          </Grid>
        </Box>
      )}
    </Stack>
  );
}
