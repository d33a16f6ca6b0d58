import AddOutlined from '@mui/icons-material/AddOutlined';
import {
  Box,
  Button,
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
import { contract, roleMayCall } from '../../../src-shared/contract';
import { CONTRACT_KINDS, type ContractKind } from '../../../src-shared/contract/contracts';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PagePagination } from '../../ui/PagePagination';
import { BankDetailsButton } from './BankDetailsDialog';
import { DebtCell, KindLabel, StatusChip, useMoney } from './contract-ui';

const PAGE = 50;
const SHOW_ALL = { inputLabel: { shrink: true }, select: { displayEmpty: true } } as const;

/** The last academic years, newest first: `2026-2027`, `2025-2026`, … */
export function recentYears(count = 4): string[] {
  const now = new Date();
  const start = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return Array.from({ length: count }, (_, i) => `${start - i}-${start - i + 1}`);
}

/** The contracts: filters by year, kind, status and debt; a row shows number, student, amount, paid, debt. */
export function ContractsListPage({ shell }: { shell: ShellDef }) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  const money = useMoney();
  const [year, setYear] = useState('');
  const [kind, setKind] = useState<ContractKind | ''>('');
  const [status, setStatus] = useState<'active' | 'cancelled' | ''>('');
  const [debt, setDebt] = useState<'' | 'yes' | 'no'>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const list = useQuery('contracts.list', {
    ...(year ? { educationYear: year } : {}),
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(debt ? { debt: debt === 'yes' } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
    limit: PAGE,
    offset: page * PAGE,
  });
  const newPath = pagePath(shell, user.role, 'contractNew');
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
    };
  return (
    <Box>
      <PageHeader
        title={t('contracts.list.title')}
        intro={t('contracts.list.intro')}
        actions={
          <Stack direction="row" spacing={1}>
            {roleMayCall(user.role, contract['contracts.saveBankDetails'].access) && <BankDetailsButton />}
            {newPath && (
              <Button component={RouterLink} to={newPath} variant="contained" startIcon={<AddOutlined />}>
                {t('contracts.list.new')}
              </Button>
            )}
          </Stack>
        }
      />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={t('contracts.col.year')}
          value={year}
          onChange={(e) => filter(setYear)(e.target.value)}
          sx={{ flex: '0 0 160px' }}
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
          label={t('contracts.col.kind')}
          value={kind}
          onChange={(e) => filter(setKind)(e.target.value as ContractKind | '')}
          sx={{ flex: '0 0 220px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('contracts.list.all')}</MenuItem>
          {CONTRACT_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {tKey(`contracts.kind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('contracts.col.status')}
          value={status}
          onChange={(e) => filter(setStatus)(e.target.value as 'active' | 'cancelled' | '')}
          sx={{ flex: '0 0 170px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('contracts.list.all')}</MenuItem>
          <MenuItem value="active">{t('contracts.status.active')}</MenuItem>
          <MenuItem value="cancelled">{t('contracts.status.cancelled')}</MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          label={t('contracts.col.debt')}
          value={debt}
          onChange={(e) => filter(setDebt)(e.target.value as '' | 'yes' | 'no')}
          sx={{ flex: '0 0 170px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('contracts.list.all')}</MenuItem>
          <MenuItem value="yes">{t('contracts.list.withDebt')}</MenuItem>
          <MenuItem value="no">{t('contracts.list.withoutDebt')}</MenuItem>
        </TextField>
        <TextField
          size="small"
          label={t('contracts.list.search')}
          value={search}
          onChange={(e) => filter(setSearch)(e.target.value)}
          sx={{ flex: '1 1 240px' }}
        />
      </Stack>
      <ErrorAlert error={list.error} />
      <Table size="small" data-testid="contracts-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('contracts.col.number')}</TableCell>
            <TableCell>{t('contracts.col.date')}</TableCell>
            <TableCell>{t('contracts.col.student')}</TableCell>
            <TableCell>{t('contracts.col.kind')}</TableCell>
            <TableCell align="right">{t('contracts.col.amount')}</TableCell>
            <TableCell align="right">{t('contracts.col.paid')}</TableCell>
            <TableCell align="right">{t('contracts.col.debt')}</TableCell>
            <TableCell>{t('contracts.col.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(list.data?.items ?? []).map((c) => (
            <TableRow
              key={c.id}
              hover
              sx={{ cursor: 'pointer' }}
              onClick={() => {
                const path = pagePath(shell, user.role, 'contractDetail', c.id);
                if (path) void navigate(path);
              }}
              data-testid="contract-row"
            >
              <TableCell sx={{ fontWeight: 600 }}>{c.number}</TableCell>
              <TableCell>{formatDate(c.contractDate)}</TableCell>
              <TableCell>
                {c.studentName}
                <Typography variant="caption" display="block" color="text.secondary">
                  {[c.group, c.studentIdNumber].filter(Boolean).join(' · ')}
                </Typography>
              </TableCell>
              <TableCell>
                <KindLabel kind={c.kind} />
              </TableCell>
              <TableCell align="right">{money(c.amount)}</TableCell>
              <TableCell align="right">{money(c.balance.paid)}</TableCell>
              <TableCell align="right">
                <DebtCell debt={c.balance.debt} />
              </TableCell>
              <TableCell>
                <StatusChip status={c.status} />
              </TableCell>
            </TableRow>
          ))}
          {list.data && list.data.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>
                <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
                  {t('contracts.list.empty')}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <PagePagination total={list.data?.total ?? 0} page={page} pageSize={PAGE} onPage={setPage} />
    </Box>
  );
}
