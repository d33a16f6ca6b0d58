import {
  Box,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { formatDate } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton, type ExportColumn } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { PagePagination } from '../../ui/PagePagination';
import { recentYears } from './ContractsListPage';
import { useMoney } from './contract-ui';

const PAGE = 100;
const SHOW_ALL = { inputLabel: { shrink: true }, select: { displayEmpty: true } } as const;

/** Students behind the schedule of an active payment contract today, biggest debt first; to Excel. */
export function DebtorsPage() {
  const { t } = useI18n();
  const money = useMoney();
  const [year, setYear] = useState('');
  const [course, setCourse] = useState<number | ''>('');
  const [faculty, setFaculty] = useState('');
  // Faculties are structure type 11 (HEMIS `h_structure_type`).
  const faculties = (useQuery('structure.departments', {}).data ?? []).filter((d) => d.structureType === '11');
  const [page, setPage] = useState(0);
  const filter = {
    ...(year ? { educationYear: year } : {}),
    ...(course ? { course } : {}),
    ...(faculty ? { departmentId: faculty } : {}),
  };
  const list = useQuery('contracts.debtors', { ...filter, limit: PAGE, offset: page * PAGE });
  const columns: ExportColumn[] = [
    { key: 'studentName', header: t('contracts.col.student') },
    { key: 'studentIdNumber', header: t('contracts.col.studentId') },
    { key: 'faculty', header: t('contracts.col.faculty') },
    { key: 'group', header: t('contracts.col.group') },
    { key: 'course', header: t('contracts.col.course') },
    { key: 'number', header: t('contracts.col.number') },
    { key: 'amount', header: t('contracts.col.amount') },
    { key: 'paid', header: t('contracts.col.paid') },
    { key: 'requiredByToday', header: t('contracts.col.requiredByToday') },
    { key: 'debt', header: t('contracts.col.debt') },
    { key: 'overdueSince', header: t('contracts.col.overdueSince') },
  ];
  const allRows = async () => {
    const res = await call('contracts.debtors', { ...filter, limit: 500, offset: 0 });
    if (!res.ok) throw res.error;
    return res.data.items.map((d) => ({ ...d, overdueSince: formatDate(d.overdueSince) }));
  };
  return (
    <Box>
      <PageHeader
        title={t('contracts.debtors.title')}
        intro={t('contracts.debtors.intro')}
        actions={<ExportButton title={t('contracts.debtors.title')} columns={columns} rows={allRows} />}
      />
      <Stack direction="row" spacing={1.5} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={t('contracts.col.year')}
          value={year}
          onChange={(e) => {
            setYear(e.target.value);
            setPage(0);
          }}
          sx={{ width: 170 }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('contracts.list.all')}</MenuItem>
          {recentYears().map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('contracts.col.faculty')}
          value={faculty}
          onChange={(e) => {
            setFaculty(e.target.value);
            setPage(0);
          }}
          sx={{ width: 260 }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('contracts.list.all')}</MenuItem>
          {faculties.map((d) => (
            <MenuItem key={d.id} value={d.id}>
              {d.nameUzLatn}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('contracts.col.course')}
          value={course}
          onChange={(e) => {
            setCourse(e.target.value === '' ? '' : Number(e.target.value));
            setPage(0);
          }}
          sx={{ width: 130 }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('contracts.list.all')}</MenuItem>
          {[1, 2, 3, 4, 5, 6].map((c) => (
            <MenuItem key={c} value={c}>
              {c}
            </MenuItem>
          ))}
        </TextField>
        {list.data && (
          <Typography variant="body2" sx={{ alignSelf: 'center' }} data-testid="debtors-total">
            {t('contracts.debtors.total', { count: list.data.total, sum: money(list.data.debtSum) })}
          </Typography>
        )}
      </Stack>
      <ErrorAlert error={list.error} />
      <Table size="small" data-testid="debtors-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('contracts.col.student')}</TableCell>
            <TableCell>{t('contracts.col.group')}</TableCell>
            <TableCell>{t('contracts.col.number')}</TableCell>
            <TableCell align="right">{t('contracts.col.amount')}</TableCell>
            <TableCell align="right">{t('contracts.col.paid')}</TableCell>
            <TableCell align="right">{t('contracts.col.requiredByToday')}</TableCell>
            <TableCell align="right">{t('contracts.col.debt')}</TableCell>
            <TableCell>{t('contracts.col.overdueSince')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(list.data?.items ?? []).map((d) => (
            <TableRow key={d.contractId}>
              <TableCell>{d.studentName}</TableCell>
              <TableCell>{d.group}</TableCell>
              <TableCell>{d.number}</TableCell>
              <TableCell align="right">{money(d.amount)}</TableCell>
              <TableCell align="right">{money(d.paid)}</TableCell>
              <TableCell align="right">{money(d.requiredByToday)}</TableCell>
              <TableCell align="right" sx={{ color: 'error.main', fontWeight: 600 }}>
                {money(d.debt)}
              </TableCell>
              <TableCell>{formatDate(d.overdueSince)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <PagePagination total={list.data?.total ?? 0} page={page} pageSize={PAGE} onPage={setPage} />
    </Box>
  );
}
