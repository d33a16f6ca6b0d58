import { Alert, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { StructureImportResult } from '../../../src-shared/contract/structure';
import { useI18n } from '../../app/i18n';

/** What an import did or would do: the counts, and every bad row with its column and problem. */
export function StructureImportReport({ result }: { result: StructureImportResult }) {
  const { t, tKey } = useI18n();
  const counts = {
    rows: result.rows,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
    errors: result.errors.length,
  };
  const bad = result.errors.length > 0;
  return (
    <>
      <Alert
        severity={bad ? 'warning' : result.written ? 'success' : 'info'}
        sx={{ mb: 2 }}
        data-testid="structure-import-summary"
      >
        {t(result.written ? 'structureImport.written' : 'structureImport.summary', counts)}
        {bad && !result.dryRun && <div>{t('structureImport.rejected')}</div>}
      </Alert>
      {bad && (
        <Table size="small" aria-label={t('structure.import.errors')} data-testid="structure-import-errors">
          <TableHead>
            <TableRow>
              <TableCell>{t('structure.import.row')}</TableCell>
              <TableCell>{t('structure.import.column')}</TableCell>
              <TableCell>{t('structure.import.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {result.errors.map((e, i) => (
              <TableRow key={i}>
                <TableCell>{e.row}</TableCell>
                <TableCell>{e.column ?? '—'}</TableCell>
                <TableCell>{tKey(e.key, e.params)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
