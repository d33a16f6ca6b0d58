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
import { useState } from 'react';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { semesterNumber, subjectName } from './grade-format';
import { filterInput, GradeFilters, NO_FILTER, type FilterValue } from './GradeFilters';
import { PagePagination } from '../../ui/PagePagination';

const PAGE = 50;
const EXPORT_PAGE = 500;

/** Academic debtors by faculty, course, group and year, with the owed subjects and their credits; exports to .xlsx. */
export function DebtorsPage() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<FilterValue>(NO_FILTER);
  const [page, setPage] = useState(0);
  const list = useQuery('grades.debtors', { ...filterInput(filter), limit: PAGE, offset: page * PAGE });
  const owed = (subjects: { subject: Parameters<typeof subjectName>[0]; semester: string; credit: number }[]) =>
    subjects.map((s) => `${subjectName(s.subject, locale)} (${semesterNumber(s.semester)}, ${s.credit})`).join('; ');
  const columns = [
    { key: 'name', header: t('grades.col.student'), width: 32 },
    { key: 'idNumber', header: t('grades.col.idNumber'), width: 16 },
    { key: 'group', header: t('grades.col.group'), width: 12 },
    { key: 'course', header: t('grades.col.course'), width: 8 },
    { key: 'faculty', header: t('grades.col.faculty'), width: 28 },
    { key: 'debts', header: t('grades.col.debts'), width: 10 },
    { key: 'debtCredits', header: t('grades.col.debtCredits'), width: 12 },
    { key: 'subjects', header: t('grades.col.debtSubjects'), width: 80 },
  ];

  async function allRows() {
    const rows = [];
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const res = await call('grades.debtors', { ...filterInput(filter), limit: EXPORT_PAGE, offset });
      if (!res.ok) throw res.error;
      for (const d of res.data.items) {
        rows.push({
          name: d.name,
          idNumber: d.studentIdNumber,
          group: d.group,
          course: d.course,
          faculty: d.faculty,
          debts: d.debts,
          debtCredits: d.debtCredits,
          subjects: owed(d.subjects),
        });
      }
      if (offset + EXPORT_PAGE >= res.data.total) return rows;
    }
  }

  return (
    <>
      <PageHeader
        title={t('grades.debtors.title')}
        actions={
          <ExportButton
            title={t('grades.debtors.title')}
            columns={columns}
            rows={allRows}
            disabled={!list.data?.total}
            data-testid="debtors-export"
          />
        }
      />
      <Stack spacing={2}>
        <GradeFilters
          value={filter}
          onChange={(f) => {
            setFilter(f);
            setPage(0);
          }}
        >
          <Typography color="text.secondary" data-testid="debtors-count" sx={{ whiteSpace: 'nowrap' }}>
            {t('grades.debtors.count', { count: list.data?.total ?? 0 })}
          </Typography>
        </GradeFilters>
        <ErrorAlert error={list.error} />
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" data-testid="debtors-table">
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c.key}>{c.header}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {(list.data?.items ?? []).map((d) => (
                <TableRow key={d.studentId} data-testid="debtor-row">
                  <TableCell>{locale === 'uz-Cyrl' && d.nameCyr ? d.nameCyr : d.name}</TableCell>
                  <TableCell>{d.studentIdNumber}</TableCell>
                  <TableCell>{d.group}</TableCell>
                  <TableCell>{d.course}</TableCell>
                  <TableCell>{d.faculty}</TableCell>
                  <TableCell align="right">{d.debts}</TableCell>
                  <TableCell align="right">{d.debtCredits}</TableCell>
                  <TableCell>{owed(d.subjects)}</TableCell>
                </TableRow>
              ))}
              {list.data?.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns.length}>{t('grades.empty')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          <PagePagination total={list.data?.total ?? 0} page={page} pageSize={PAGE} onPage={(p) => setPage(p)} />
        </TableContainer>
      </Stack>
    </>
  );
}
