import { Stack } from '@mui/material';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { PageHeader } from '../../ui/PageHeader';
import { GradesExcelImport } from './GradesExcelImport';
import { GradesHemisPull } from './GradesHemisPull';

/** Filling the academic record in bulk: an Excel file (checked first), or a pull from HEMIS. */
export function GradesImportPage(_props: { shell: ShellDef }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('grades.import.title')} intro={t('grades.import.intro')} />
      <Stack spacing={2}>
        <GradesExcelImport />
        <GradesHemisPull />
      </Stack>
    </>
  );
}
