import {
  Alert,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ChannelOutput } from '../../../src-shared/contract';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { StudentNameLink } from '../attendance/StudentNameLink';
import { formatGpa, yearName } from './grade-format';
import { filterInput, GradeFilters, NO_FILTER, type FilterValue } from './GradeFilters';
import { gpaDelta } from './import-report';

type Row = ChannelOutput<'grades.gpaDiff'>[number];
type Method = '' | 'one_year' | 'all_year';

const LIMIT = 500;
const COLUMNS = [
  ['name', 'grades.col.student', 32],
  ['idNumber', 'grades.col.idNumber', 16],
  ['group', 'grades.col.group', 12],
  ['course', 'grades.col.course', 8],
  ['faculty', 'grades.col.faculty', 28],
  ['year', 'grades.gpaDiff.col.year', 12],
  ['method', 'grades.gpaDiff.method', 16],
  ['local', 'grades.gpaDiff.col.local', 12],
  ['hemis', 'grades.gpaDiff.col.hemis', 12],
  ['diff', 'grades.gpaDiff.col.diff', 10],
] as const;
const NUMERIC = new Set(['course', 'local', 'hemis', 'diff']);

/**
 * Students whose GPA computed here differs from the one HEMIS reports (`student-gpa-list`):
 * filtered by faculty, course, group, year and method, each name opening the card; exports to .xlsx.
 */
export function GpaDiffPage({ shell }: { shell: ShellDef }) {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<FilterValue>(NO_FILTER);
  const [method, setMethod] = useState<Method>('');
  const list = useQuery('grades.gpaDiff', { ...filterInput(filter), limit: LIMIT });
  const rows = (list.data ?? []).filter((r) => !method || r.method === method);
  const name = (r: Row) => (locale === 'uz-Cyrl' && r.nameCyr ? r.nameCyr : r.name);
  const methodName = (m: string) =>
    m === 'one_year' || m === 'all_year'
      ? t(m === 'one_year' ? 'grades.ranking.one_year' : 'grades.ranking.all_year')
      : m;
  const columns = COLUMNS.map(([key, header, width]) => ({ key, header: t(header), width }));
  const exportRows = rows.map((r) => ({
    name: name(r),
    idNumber: r.studentIdNumber,
    group: r.group,
    course: r.course,
    faculty: r.faculty,
    year: yearName(r.educationYear),
    method: methodName(r.method),
    local: r.local,
    hemis: r.hemis,
    diff: gpaDelta(r.local, r.hemis),
  }));

  return (
    <>
      <PageHeader
        title={t('grades.gpaDiff.title')}
        intro={t('grades.gpaDiff.intro')}
        actions={
          <ExportButton
            title={t('grades.gpaDiff.title')}
            columns={columns}
            rows={exportRows}
            disabled={rows.length === 0}
            data-testid="gpa-diff-export"
          />
        }
      />
      <Stack spacing={2}>
        <GradeFilters value={filter} onChange={setFilter}>
          <TextField
            select
            size="small"
            label={t('grades.gpaDiff.method')}
            value={method}
            onChange={(e) => setMethod(e.target.value as Method)}
            sx={{ minWidth: 170 }}
            slotProps={{
              inputLabel: { shrink: true },
              select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'filter-method' } as object },
            }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            <MenuItem value="all_year">{t('grades.ranking.all_year')}</MenuItem>
            <MenuItem value="one_year">{t('grades.ranking.one_year')}</MenuItem>
          </TextField>
          <Typography color="text.secondary" data-testid="gpa-diff-count" sx={{ whiteSpace: 'nowrap' }}>
            {t('grades.gpaDiff.count', { count: rows.length })}
          </Typography>
        </GradeFilters>
        <ErrorAlert error={list.error} />
        {list.data?.length === LIMIT && <Alert severity="info">{t('grades.gpaDiff.more', { count: LIMIT })}</Alert>}
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" data-testid="gpa-diff-table">
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c.key} align={NUMERIC.has(c.key) ? 'right' : 'left'}>
                    {c.header}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => {
                const delta = gpaDelta(r.local, r.hemis);
                return (
                  <TableRow key={`${r.studentId}|${r.educationYear}|${r.method}`} data-testid="gpa-diff-row">
                    <TableCell>
                      <StudentNameLink shell={shell} id={r.studentId} name={name(r)} />
                    </TableCell>
                    <TableCell>{r.studentIdNumber}</TableCell>
                    <TableCell>{r.group}</TableCell>
                    <TableCell align="right">{r.course}</TableCell>
                    <TableCell>{r.faculty}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{yearName(r.educationYear)}</TableCell>
                    <TableCell>{methodName(r.method)}</TableCell>
                    <TableCell align="right" data-testid="gpa-local">
                      {formatGpa(r.local)}
                    </TableCell>
                    <TableCell align="right" data-testid="gpa-hemis">
                      {formatGpa(r.hemis)}
                    </TableCell>
                    <TableCell
                      align="right"
                      sx={{
                        fontWeight: 600,
                        fontVariantNumeric: 'tabular-nums',
                        color: delta === null ? 'text.disabled' : 'text.primary',
                      }}
                    >
                      {delta ?? '—'}
                    </TableCell>
                  </TableRow>
                );
              })}
              {list.data && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns.length}>{t('grades.gpaDiff.none')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      </Stack>
    </>
  );
}
