import {
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useT } from '../../app/i18n';
import { ExportButton } from '../../ui/ExportButton';
import type { ReportLine } from './report-rows';

interface Props {
  title: string;
  lines: readonly ReportLine[];
  /** Rows the job reported in all (the result carries the first 1000). */
  total: number;
  shown: number;
  empty: string;
  testId: string;
}

/** Rejected rows or warnings: sheet row number, column, message; exportable as shown. */
export function ReportTable({ title, lines, total, shown, empty, testId }: Props) {
  const t = useT();
  const columns = [
    { key: 'row', header: t('import.report.row'), width: 8 },
    { key: 'column', header: t('import.report.column'), width: 24 },
    { key: 'message', header: t('import.report.message'), width: 80 },
  ];
  return (
    <Paper variant="outlined" data-testid={testId}>
      <Stack direction="row" alignItems="center" spacing={2} sx={{ px: 2, py: 1.5 }}>
        <Typography variant="subtitle1" component="h2" fontWeight={600} sx={{ flexGrow: 1 }}>
          {title} ({total})
        </Typography>
        <ExportButton
          title={title}
          columns={columns}
          rows={lines.map((l) => ({ ...l }))}
          disabled={lines.length === 0}
          data-testid={`${testId}-export`}
        />
      </Stack>
      {lines.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {empty}
        </Typography>
      ) : (
        <TableContainer sx={{ maxHeight: 440 }}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell align="right" sx={{ width: 80 }}>
                  {t('import.report.row')}
                </TableCell>
                <TableCell sx={{ width: '22%' }}>{t('import.report.column')}</TableCell>
                <TableCell>{t('import.report.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line, i) => (
                <TableRow key={i} data-testid="report-line" data-row={line.row}>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
                    {line.row}
                  </TableCell>
                  <TableCell>{line.column}</TableCell>
                  <TableCell>{line.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {shown < total && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
          {t('importWizard.list.more', { shown, count: total })}
        </Typography>
      )}
    </Paper>
  );
}
