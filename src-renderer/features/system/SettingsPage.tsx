import { LinearProgress } from '@mui/material';
import { useQuery } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SettingsForm } from './SettingsForm';

export function SettingsPage() {
  const t = useT();
  const settings = useQuery('system.settings', {});
  if (!settings.data) {
    return (
      <>
        <PageHeader title={t('settings.title')} />
        {settings.error ? <ErrorAlert error={settings.error} /> : <LinearProgress />}
      </>
    );
  }
  return <SettingsForm initial={settings.data} />;
}
