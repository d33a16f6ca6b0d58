import {
  Alert,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Stack,
  Typography,
} from '@mui/material';
import type { AttendanceImportResult } from '../../../src-shared/contract/attendance';
import { useI18n } from '../../app/i18n';
import { ExportButton } from '../../ui/ExportButton';

/** What an import did or would do, and every rejected row: sheet row, the file's column, the problem in words. */
export function ImportReport({ result }: { result: AttendanceImportResult }) {
  const { t } = useI18n();
  const rows = result.rejected.flatMap((r) =>
    r.issues.map((i) => ({ row: r.row, column: i.column, message: i.message })),
  );
  const columns = [
    { key: 'row', header: t('attendance.import.row'), width: 8 },
    { key: 'column', header: t('attendance.import.column'), width: 24 },
    { key: 'message', header: t('attendance.import.message'), width: 80 },
  ];
  return (
    <Stack spacing={1} data-testid="import-result">
      <Alert severity={result.rejectedCount > 0 ? 'warning' : 'success'}>
        <strong>{result.dryRun ? t('attendance.import.checked') : t('attendance.import.done')}</strong> ·{' '}
        {t('attendance.import.summary', {
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          rejected: result.rejectedCount,
        })}
      </Alert>
      {rows.length > 0 && (
        <>
          <Stack direction="row" alignItems="center">
            <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>
              {t('attendance.import.rejected')}
            </Typography>
            <ExportButton
              title={`${t('attendance.import.reportTitle')} ${result.fileName}`}
              columns={columns}
              rows={rows}
            />
          </Stack>
          <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 420 }}>
            <Table size="small" stickyHeader data-testid="import-rejected">
              <TableHead>
                <TableRow>
                  {columns.map((c) => (
                    <TableCell key={c.key}>{c.header}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r, i) => (
                  <TableRow key={i}>
                    <TableCell>{r.row}</TableCell>
                    <TableCell>{r.column}</TableCell>
                    <TableCell>{r.message.slice(r.column.length + 2)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </Stack>
  );
}
