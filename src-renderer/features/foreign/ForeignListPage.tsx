import AddOutlined from '@mui/icons-material/AddOutlined';
import {
  Box,
  Button,
  Chip,
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
import { Link as RouterLink, useNavigate } from 'react-router';
import type { ApplicationSummary } from '../../../src-shared/contract/foreign';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../src-shared/domain/foreign-admission';
import { FOREIGN_COUNTRIES } from '../../../src-shared/domain/foreign-applicant';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PagePagination } from '../../ui/PagePagination';
import { ApplicationStatusChip, countryName, fullName } from './foreign-format';

const PAGE = 50;
/** A filter left at "all" still says so (an empty select would show only its label). */
const SHOW_ALL = { inputLabel: { shrink: true }, select: { displayEmpty: true } } as const;

/** The register of foreign applications: by status and country, found by name, passport or number. */
export function ForeignListPage({ shell }: { shell: ShellDef }) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [country, setCountry] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const list = useQuery('foreign.list', {
    ...(status ? { status } : {}),
    ...(country ? { country } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
    limit: PAGE,
    offset: page * PAGE,
  });
  const newPath = pagePath(shell, user.role, 'foreignNew');
  const open = (a: ApplicationSummary) => {
    const path = pagePath(shell, user.role, 'foreignDetail', a.id);
    if (path) void navigate(path);
  };
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
    };

  return (
    <Box>
      <PageHeader
        title={t('foreign.list.title')}
        intro={t('foreign.list.intro')}
        actions={
          newPath && (
            <Button component={RouterLink} to={newPath} variant="contained" startIcon={<AddOutlined />}>
              {t('foreign.list.new')}
            </Button>
          )
        }
      />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={t('foreign.col.status')}
          value={status}
          onChange={(e) => filter(setStatus)(e.target.value as ApplicationStatus | '')}
          sx={{ flex: '0 0 200px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('foreign.list.allStatuses')}</MenuItem>
          {APPLICATION_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {tKey(`foreign.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('foreign.col.country')}
          value={country}
          onChange={(e) => filter(setCountry)(e.target.value)}
          sx={{ flex: '0 0 200px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('foreign.list.allCountries')}</MenuItem>
          {FOREIGN_COUNTRIES.map((c) => (
            <MenuItem key={c} value={c}>
              {countryName(tKey, c)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={t('foreign.list.search')}
          value={search}
          onChange={(e) => filter(setSearch)(e.target.value)}
          sx={{ flex: '1 1 260px' }}
        />
      </Stack>
      <ErrorAlert error={list.error} />
      <Table size="small" aria-label={t('foreign.list.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('foreign.col.number')}</TableCell>
            <TableCell>{t('foreign.col.name')}</TableCell>
            <TableCell>{t('foreign.col.passport')}</TableCell>
            <TableCell>{t('foreign.col.country')}</TableCell>
            <TableCell>{t('foreign.col.specialty')}</TableCell>
            <TableCell>{t('foreign.col.status')}</TableCell>
            <TableCell align="right">{t('foreign.col.missing')}</TableCell>
            <TableCell>{t('foreign.col.created')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(list.data?.items ?? []).map((a) => (
            <TableRow
              key={a.id}
              hover
              sx={{ cursor: 'pointer' }}
              onClick={() => open(a)}
              data-testid="application-row"
              data-status={a.status}
            >
              <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{a.number}</TableCell>
              <TableCell>{fullName(a)}</TableCell>
              <TableCell>{a.passportNumber}</TableCell>
              <TableCell>{countryName(tKey, a.country)}</TableCell>
              <TableCell>
                {a.specialty ?? '—'}
                <Typography variant="caption" display="block" color="text.secondary">
                  {t('foreign.list.course', { course: a.course })}
                </Typography>
              </TableCell>
              <TableCell>
                <ApplicationStatusChip status={a.status} />
              </TableCell>
              <TableCell align="right">
                {a.missing > 0 && a.status !== 'rejected' ? (
                  <Chip size="small" color="warning" label={a.missing} />
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(a.createdAt)}</TableCell>
            </TableRow>
          ))}
          {list.data && list.data.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>
                <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
                  {t('foreign.list.empty')}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <PagePagination total={list.data?.total ?? 0} page={page} pageSize={PAGE} onPage={(p) => setPage(p)} />
    </Box>
  );
}
