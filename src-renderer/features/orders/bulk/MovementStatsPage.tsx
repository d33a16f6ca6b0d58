import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import {
  Alert,
  Button,
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
import { useMemo, useState } from 'react';
import { tashkentMoment } from '../../../../src-shared/domain/attendance-timetable';
import { ORDER_TYPES } from '../../../../src-shared/domain/orders';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import type { ShellDef } from '../../../shells/shells';
import { DateField } from '../../../ui/DateField';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { downloadBase64 } from '../../../ui/ExportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { academicYearStart, monthLabel, orderTypeName, reasonName } from './bulk-format';
import { FacultySelect } from './FacultySelect';
import { PivotTable } from './PivotTable';
import { byReason, monthsBetween, pivot, sortRows } from './stats-pivot';

/**
 * Applied movements of a period counted by type and month, by reason, and by faculty and course;
 * the backend writes the same cuts to an Excel workbook. The statistics issue charts them later.
 */
export function MovementStatsPage(_props: { shell: ShellDef }) {
  const { t, tOr, tKey, locale } = useI18n();
  const notify = useNotify();
  const [today] = useState(() => tashkentMoment(new Date()).date);
  const [from, setFrom] = useState(() => academicYearStart(today));
  const [to, setTo] = useState(today);
  const [departmentId, setDepartmentId] = useState('');
  const [exporting, setExporting] = useState(false);
  const valid = from !== '' && to !== '' && from <= to;
  const input = { from: valid ? from : today, to: valid ? to : today, ...(departmentId ? { departmentId } : {}) };
  const stats = useQuery('orders.statistics', input);
  const data = useMemo(() => stats.data?.rows ?? [], [stats.data]);

  const byMonth = useMemo(
    () =>
      pivot(
        data,
        (r) => r.type,
        (r) => r.month,
        monthsBetween(input.from, input.to),
      ),
    [data, input.from, input.to],
  );
  const typeRows = sortRows(byMonth.rows, ORDER_TYPES);
  const reasons = useMemo(() => byReason(data), [data]);
  const byCourse = useMemo(
    () =>
      pivot(
        data,
        (r) => r.departmentId ?? '',
        (r) => (r.course === null ? '' : String(r.course)),
      ),
    [data],
  );
  const facultyNames = new Map(data.map((r) => [r.departmentId ?? '', r.departmentName ?? '']));
  const facultyRows = [...byCourse.rows].sort((a, b) =>
    (facultyNames.get(a.key) || '\uffff').localeCompare(facultyNames.get(b.key) || '\uffff'),
  );

  async function exportXlsx() {
    setExporting(true);
    const res = await call('orders.exportStatistics', { ...input, lang: locale });
    setExporting(false);
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <>
      <PageHeader
        title={t('movements.stats.title')}
        intro={t('movements.stats.intro')}
        actions={
          <Button
            size="small"
            variant="outlined"
            color="inherit"
            startIcon={<FileDownloadOutlined />}
            onClick={() => void exportXlsx()}
            disabled={!valid || exporting || !stats.data?.total}
            data-testid="stats-export"
          >
            {t('export.xlsx')}
          </Button>
        }
      />
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }}>
          <DateField
            label={t('movements.field.from')}
            value={from}
            onChange={setFrom}
            size="small"
            sx={{ width: 170, flexShrink: 0 }}
            name="from"
          />
          <DateField
            label={t('movements.field.to')}
            value={to}
            onChange={setTo}
            size="small"
            sx={{ width: 170, flexShrink: 0 }}
            name="to"
          />
          <FacultySelect value={departmentId} onChange={setDepartmentId} />
          <Typography color="text.secondary" data-testid="stats-count" sx={{ whiteSpace: 'nowrap' }}>
            {t('common.total', { count: valid ? (stats.data?.total ?? 0) : 0 })}
          </Typography>
        </Stack>
        {!valid && <Alert severity="warning">{t('movements.stats.badPeriod')}</Alert>}
        <ErrorAlert error={valid ? stats.error : null} />
        {valid && (
          <>
            <SectionCard title={t('movements.stats.byTypeMonth')}>
              <PivotTable
                pivot={{ ...byMonth, rows: typeRows }}
                corner={t('movements.col.type')}
                rowLabel={(type) => orderTypeName(tOr, type)}
                columnLabel={monthLabel}
                testId="stats-by-month"
              />
            </SectionCard>
            <SectionCard title={t('movements.stats.byReason')}>
              <TableContainer component={Paper} variant="outlined">
                <Table size="small" data-testid="stats-by-reason">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('movements.col.type')}</TableCell>
                      <TableCell>{t('movements.col.reason')}</TableCell>
                      <TableCell align="right">{t('movements.col.count')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {reasons.map((r) => (
                      <TableRow key={`${r.type}:${r.reason}`} data-testid="reason-row">
                        <TableCell>{orderTypeName(tOr, r.type)}</TableCell>
                        <TableCell>{reasonName(tOr, r.type, r.reason)}</TableCell>
                        <TableCell align="right">{r.count}</TableCell>
                      </TableRow>
                    ))}
                    {reasons.length === 0 && (
                      <TableRow>
                        <TableCell colSpan={3}>{t('movements.stats.noReasons')}</TableCell>
                      </TableRow>
                    )}
                  </TableBody>
                </Table>
              </TableContainer>
            </SectionCard>
            <SectionCard title={t('movements.stats.byFacultyCourse')}>
              <PivotTable
                pivot={{ ...byCourse, rows: facultyRows }}
                corner={t('movements.col.faculty')}
                rowLabel={(id) => facultyNames.get(id) || t('movements.stats.noFaculty')}
                columnLabel={(course) => (course ? t('movements.stats.course', { course }) : '—')}
                testId="stats-by-course"
              />
            </SectionCard>
          </>
        )}
      </Stack>
    </>
  );
}
