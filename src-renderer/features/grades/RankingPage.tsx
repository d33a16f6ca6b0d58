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
} from '@mui/material';
import { useEffect, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../src-shared/contract';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { formatGpa } from './grade-format';
import { filterInput, GradeFilters, NO_FILTER, type FilterValue } from './GradeFilters';

type Method = 'all_year' | 'one_year';
type Row = ChannelOutput<'grades.ranking'>[number];

/** Reads the ranking only once a group, course or faculty is chosen (a whole-OTM list helps nobody). */
function RankingRows({ input, onRows }: { input: ChannelInput<'grades.ranking'>; onRows(rows: Row[]): void }) {
  const { t, locale } = useI18n();
  const list = useQuery('grades.ranking', input);
  const rows = list.data ?? [];
  useEffect(() => onRows(list.data ?? []), [list.data, onRows]);
  return (
    <>
      <ErrorAlert error={list.error} />
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" data-testid="ranking-table">
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c} align={c === 'name' || c === 'group' ? 'left' : 'right'}>
                  {t(HEADERS[c])}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.studentId} data-testid="ranking-row">
                <TableCell align="right">{r.rank}</TableCell>
                <TableCell>{locale === 'uz-Cyrl' && r.nameCyr ? r.nameCyr : r.name}</TableCell>
                <TableCell>{r.group}</TableCell>
                <TableCell align="right">{formatGpa(r.gpa)}</TableCell>
                <TableCell align="right">{r.creditSum}</TableCell>
                <TableCell align="right">{r.debtSubjects}</TableCell>
              </TableRow>
            ))}
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={COLUMNS.length}>{t('grades.empty')}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

const COLUMNS = ['rank', 'name', 'group', 'gpa', 'creditSum', 'debtSubjects'] as const;
const HEADERS = {
  rank: 'grades.col.rank',
  name: 'grades.col.student',
  group: 'grades.col.group',
  gpa: 'grades.gpa',
  creditSum: 'grades.col.credits',
  debtSubjects: 'grades.col.debts',
} as const;

/** GPA ranking of a group or a course (or a faculty): equal GPAs share a rank; one-year or all-years GPA. */
export function RankingPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<FilterValue>(NO_FILTER);
  const [method, setMethod] = useState<Method>('all_year');
  const chosen = filter.groupId || filter.course || filter.departmentId;
  const ready = chosen && (method === 'all_year' || filter.educationYear);
  const [loaded, setRows] = useState<Row[]>([]);
  const rows = ready ? loaded : [];
  const columns = COLUMNS.map((key) => ({ key, header: t(HEADERS[key]), width: key === 'name' ? 32 : 10 }));
  return (
    <>
      <PageHeader
        title={t('grades.ranking.title')}
        actions={
          <ExportButton
            title={t('grades.ranking.title')}
            columns={columns}
            rows={rows.map((r) => ({
              rank: r.rank,
              name: r.name,
              group: r.group,
              gpa: r.gpa,
              creditSum: r.creditSum,
              debtSubjects: r.debtSubjects,
            }))}
            disabled={rows.length === 0}
          />
        }
      />
      <Stack spacing={2}>
        <GradeFilters value={filter} onChange={setFilter}>
          <TextField
            select
            size="small"
            label={t('grades.ranking.method')}
            value={method}
            onChange={(e) => setMethod(e.target.value as Method)}
            sx={{ minWidth: 180 }}
          >
            <MenuItem value="all_year">{t('grades.ranking.all_year')}</MenuItem>
            <MenuItem value="one_year">{t('grades.ranking.one_year')}</MenuItem>
          </TextField>
        </GradeFilters>
        {ready ? (
          <RankingRows input={{ ...filterInput(filter), method }} onRows={setRows} />
        ) : (
          <Alert severity="info">{t('grades.ranking.pick')}</Alert>
        )}
      </Stack>
    </>
  );
}
