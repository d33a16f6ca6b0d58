import { Stack } from '@mui/material';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { PageHeader } from '../../ui/PageHeader';
import { ExcelImportCard } from './ExcelImportCard';
import { HemisPullCard } from './HemisPullCard';

/** Filling the journal and the timetable: an Excel file, or a pull from HEMIS. */
export function AttendanceImportPage(_props: { shell: ShellDef }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('attendance.import.title')} intro={t('attendance.import.intro')} />
      <Stack spacing={2}>
        <ExcelImportCard />
        <HemisPullCard />
      </Stack>
    </>
  );
}
