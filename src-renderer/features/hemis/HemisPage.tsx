import { LinearProgress, Stack } from '@mui/material';
import { useQuery } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { HemisConnectionCard } from './HemisConnectionCard';
import { HemisLastPull } from './HemisLastPull';
import { HemisPullCard } from './HemisPullCard';
import { HemisRejects } from './HemisRejects';

/** HEMIS mirror (managers): connection (admin edits), pull with live progress, last result, rows not taken. */
export function HemisPage() {
  const t = useT();
  const settings = useQuery('hemis.settings', {});
  const status = useQuery('hemis.pullStatus', {});
  const reload = () => {
    settings.reload();
    status.reload();
  };
  return (
    <>
      <PageHeader title={t('hemis.title')} intro={t('hemis.intro')} />
      <ErrorAlert error={settings.error ?? status.error} sx={{ mb: 2 }} />
      {!settings.data || !status.data ? (
        <LinearProgress />
      ) : (
        <Stack spacing={2}>
          <HemisConnectionCard settings={settings.data} onSaved={settings.reload} />
          <HemisPullCard
            status={status.data}
            configured={settings.data.url !== '' && settings.data.tokenSet}
            onFinished={reload}
          />
          <HemisLastPull summary={status.data.lastPull} />
          <HemisRejects rejects={status.data.rejects} total={status.data.rejectsTotal} />
        </Stack>
      )}
    </>
  );
}
