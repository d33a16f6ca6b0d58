import { LinearProgress } from '@mui/material';
import { useQuery } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { InstitutionForm } from './InstitutionForm';

export function InstitutionPage() {
  const t = useT();
  const profile = useQuery('institution.get', {});
  if (!profile.data) {
    return (
      <>
        <PageHeader title={t('institution.title')} intro={t('institution.intro')} />
        {profile.error ? <ErrorAlert error={profile.error} /> : <LinearProgress />}
      </>
    );
  }
  return <InstitutionForm initial={profile.data} />;
}
