import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { ApplicationDetail } from '../../../src-shared/contract/foreign';
import { isOpenApplication } from '../../../src-shared/domain/foreign-admission';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ApplicationActions } from './ApplicationActions';
import { ApplicationForm } from './ApplicationForm';
import { ChecklistCard } from './ChecklistCard';
import { ApplicationStatusChip, countryName, fullName } from './foreign-format';

/** `foreign/new` takes a new application; `foreign/<id>` is the application: data, documents, next steps. */
export function ForeignApplicationPage({ shell }: { shell: ShellDef }) {
  const { id } = useParams();
  return id ? <Existing key={id} id={id} shell={shell} /> : <New shell={shell} />;
}

function BackLink({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const list = pagePath(shell, user.role, 'foreign');
  return list ? (
    <Button component={RouterLink} to={list} startIcon={<ArrowBackOutlined />} sx={{ mb: 1 }}>
      {t('foreign.page.back')}
    </Button>
  ) : null;
}

function New({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  return (
    <Box>
      <BackLink shell={shell} />
      <PageHeader title={t('foreign.page.newTitle')} intro={t('foreign.page.newIntro')} />
      <ApplicationForm
        application={null}
        readOnly={false}
        onSaved={(a) => {
          const path = pagePath(shell, user.role, 'foreignDetail', a.id);
          if (path) void navigate(path, { replace: true });
        }}
      />
    </Box>
  );
}

function Existing({ id, shell }: { id: string; shell: ShellDef }) {
  const { t, tKey } = useI18n();
  const query = useQuery('foreign.get', { id });
  // Every command answers with the application as it is now; the form restarts from it after a save.
  const [latest, setLatest] = useState<{ application: ApplicationDetail; version: number } | null>(null);
  const application = latest?.application ?? query.data;
  const changed = (next: ApplicationDetail) =>
    setLatest((l) => ({ application: next, version: (l?.version ?? 0) + 1 }));

  if (!application) {
    return (
      <Box>
        <BackLink shell={shell} />
        {query.error ? <ErrorAlert error={query.error} /> : <LinearProgress />}
      </Box>
    );
  }
  const open = isOpenApplication(application.status);
  return (
    <Box data-testid="foreign-application" data-status={application.status}>
      <BackLink shell={shell} />
      <PageHeader
        title={t('foreign.page.title', { number: application.number, name: fullName(application) })}
        intro={t('foreign.page.intro', {
          country: countryName(tKey, application.country),
          passport: application.passportNumber,
        })}
        actions={<ApplicationStatusChip status={application.status} />}
      />
      <Stack spacing={2}>
        {application.status === 'rejected' && (
          <Alert severity="error">{t('foreign.page.rejected', { reason: application.rejectReason ?? '' })}</Alert>
        )}
        {application.status === 'registered' && (
          <Alert severity="success">
            {t('foreign.page.registered', { name: application.studentName ?? '', group: application.groupName ?? '' })}
          </Alert>
        )}
        {open && application.missing > 0 && (
          <Typography variant="body2" color="warning.main">
            {t('foreign.page.missing', { count: application.missing })}
          </Typography>
        )}
        <ApplicationActions shell={shell} application={application} onChanged={changed} />
        <ChecklistCard application={application} editable={application.status !== 'rejected'} onChanged={changed} />
        <ApplicationForm key={latest?.version ?? 0} application={application} readOnly={!open} onSaved={changed} />
      </Stack>
    </Box>
  );
}
