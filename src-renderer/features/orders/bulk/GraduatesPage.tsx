import {
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
import { formatDate } from '../../../../src-shared/domain/format';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import type { ShellDef } from '../../../shells/shells';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ExportButton, type ExportRow } from '../../../ui/ExportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { codeName } from '../../students/classifiers';
import { formatGpa } from './bulk-format';
import { FacultySelect } from './FacultySelect';
import { PagePagination } from '../../../ui/PagePagination';

const PAGE = 50;
const EXPORT_PAGE = 500;

/** The last ten calendar years, newest first: graduation orders are signed in June and July. */
function years(now = new Date()): number[] {
  return Array.from({ length: 10 }, (_, i) => now.getFullYear() - i);
}

/**
 * Graduates (status 14 by an applied graduation order): the basis of the graduate databank. Filtered
 * by the year they graduated, faculty and name / ID; exported as shown, every page of the filter.
 */
export function GraduatesPage(_props: { shell: ShellDef }) {
  const { t, tOr } = useI18n();
  const [year, setYear] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const filter = {
    ...(year ? { year: Number(year) } : {}),
    ...(departmentId ? { departmentId } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
  };
  const list = useQuery('orders.graduates', { ...filter, limit: PAGE, offset: page * PAGE });
  const columns = [
    { key: 'name', header: t('movements.col.student'), width: 32 },
    { key: 'idNumber', header: t('movements.col.idNumber'), width: 16 },
    { key: 'faculty', header: t('movements.col.faculty'), width: 28 },
    { key: 'specialty', header: t('movements.col.specialty'), width: 32 },
    { key: 'group', header: t('movements.col.group'), width: 12 },
    { key: 'form', header: t('movements.col.educationForm'), width: 14 },
    { key: 'payment', header: t('movements.col.paymentForm'), width: 14 },
    { key: 'gpa', header: 'GPA', width: 8 },
    { key: 'order', header: t('movements.col.order'), width: 22 },
    { key: 'graduatedOn', header: t('movements.col.graduatedOn'), width: 14 },
  ];
  type Graduate = NonNullable<typeof list.data>['items'][number];
  const row = (g: Graduate): ExportRow => ({
    name: g.fullName,
    idNumber: g.studentIdNumber,
    faculty: g.departmentName,
    specialty: g.specialtyName,
    group: g.groupName,
    form: codeName(tOr, 'educationForm', g.educationForm),
    payment: codeName(tOr, 'paymentForm', g.paymentForm),
    gpa: formatGpa(g.gpa),
    order: g.orderNumber ? t('movements.orderRef', { number: g.orderNumber, date: formatDate(g.orderDate) }) : '',
    graduatedOn: formatDate(g.graduatedOn),
  });

  async function allRows(): Promise<ExportRow[]> {
    const rows: ExportRow[] = [];
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const res = await call('orders.graduates', { ...filter, limit: EXPORT_PAGE, offset });
      if (!res.ok) throw res.error;
      rows.push(...res.data.items.map(row));
      if (offset + EXPORT_PAGE >= res.data.total) return rows;
    }
  }
  const refilter = (apply: () => void) => {
    apply();
    setPage(0);
  };

  return (
    <>
      <PageHeader
        title={t('movements.graduates.title')}
        intro={t('movements.graduates.intro')}
        actions={
          <ExportButton
            title={t('movements.graduates.title')}
            columns={columns}
            rows={allRows}
            disabled={!list.data?.total}
            data-testid="graduates-export"
          />
        }
      />
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }}>
          <TextField
            select
            size="small"
            label={t('movements.field.year')}
            value={year}
            onChange={(e) => refilter(() => setYear(e.target.value))}
            sx={{ width: 140, flexShrink: 0 }}
            slotProps={{
              inputLabel: { shrink: true },
              select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'filter-year' } as object },
            }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {years().map((y) => (
              <MenuItem key={y} value={String(y)}>
                {y}
              </MenuItem>
            ))}
          </TextField>
          <FacultySelect value={departmentId} onChange={(id) => refilter(() => setDepartmentId(id))} />
          <TextField
            size="small"
            label={t('movements.graduates.search')}
            value={search}
            onChange={(e) => refilter(() => setSearch(e.target.value))}
            sx={{ width: 280, flexShrink: 0 }}
            slotProps={{ htmlInput: { 'data-testid': 'graduates-search', maxLength: 100 } }}
          />
          <Typography color="text.secondary" data-testid="graduates-count" sx={{ whiteSpace: 'nowrap' }}>
            {t('common.total', { count: list.data?.total ?? 0 })}
          </Typography>
        </Stack>
        <ErrorAlert error={list.error} />
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" data-testid="graduates-table">
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c.key}>{c.header}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {(list.data?.items ?? []).map((g) => {
                const cells = row(g);
                return (
                  <TableRow key={g.studentId} data-testid="graduate-row">
                    {columns.map((c) => (
                      <TableCell key={c.key} align={c.key === 'gpa' ? 'right' : undefined}>
                        {cells[c.key]}
                      </TableCell>
                    ))}
                  </TableRow>
                );
              })}
              {list.data?.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns.length}>{t('movements.graduates.empty')}</TableCell>
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
