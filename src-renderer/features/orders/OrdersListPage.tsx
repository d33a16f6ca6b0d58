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
import type { OrderSummary } from '../../../src-shared/contract/orders';
import { ORDER_TYPES, type OrderType } from '../../../src-shared/domain/orders';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { OrderStatusChip } from './OrderStatusChip';
import { PagePagination } from '../../ui/PagePagination';

const PAGE = 50;
const STATUSES = ['draft', 'approved', 'applied'] as const;
/** A filter left at "all" still says so (an empty select would show only its label). */
const SHOW_ALL = { inputLabel: { shrink: true }, select: { displayEmpty: true } } as const;

/** The register of orders: drafts waiting for a signature, approved ones waiting to be applied, the applied. */
export function OrdersListPage({ shell }: { shell: ShellDef }) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear();
  const [status, setStatus] = useState<OrderSummary['status'] | ''>('');
  const [type, setType] = useState<OrderType | ''>('');
  const [year, setYear] = useState<number | ''>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const list = useQuery('orders.list', {
    ...(status ? { status } : {}),
    ...(type ? { type } : {}),
    ...(year ? { year } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
    limit: PAGE,
    offset: page * PAGE,
  });
  const newPath = pagePath(shell, user.role, 'orderNew');
  const open = (o: OrderSummary) => {
    const path = pagePath(shell, user.role, 'orderDetail', o.id);
    if (path) void navigate(path);
  };
  // Every filter starts the list from its first page.
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
    };

  return (
    <Box>
      <PageHeader
        title={t('orders.list.title')}
        intro={t('orders.list.intro')}
        actions={
          newPath && (
            <Button
              component={RouterLink}
              to={newPath}
              variant="contained"
              startIcon={<AddOutlined />}
              data-testid="new-order"
            >
              {t('orders.list.new')}
            </Button>
          )
        }
      />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={t('orders.col.status')}
          value={status}
          onChange={(e) => filter(setStatus)(e.target.value as OrderSummary['status'] | '')}
          sx={{ flex: '0 0 190px' }}
          slotProps={{ ...SHOW_ALL, htmlInput: { 'data-testid': 'orders-status-filter' } }}
        >
          <MenuItem value="">{t('orders.list.allStatuses')}</MenuItem>
          {STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {tKey(`orders.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('orders.col.type')}
          value={type}
          onChange={(e) => filter(setType)(e.target.value as OrderType | '')}
          sx={{ flex: '0 0 280px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('orders.list.allTypes')}</MenuItem>
          {ORDER_TYPES.map((c) => (
            <MenuItem key={c} value={c}>
              {tKey(`orders.type.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('orders.list.year')}
          value={year}
          onChange={(e) => filter(setYear)(e.target.value === '' ? '' : Number(e.target.value))}
          sx={{ flex: '0 0 150px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('orders.list.allYears')}</MenuItem>
          {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={t('orders.list.search')}
          value={search}
          onChange={(e) => filter(setSearch)(e.target.value)}
          sx={{ flex: '1 1 260px' }}
          slotProps={{ htmlInput: { 'data-testid': 'orders-search' } }}
        />
      </Stack>
      <ErrorAlert error={list.error} />
      <Table size="small" data-testid="orders-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('orders.col.number')}</TableCell>
            <TableCell>{t('orders.col.date')}</TableCell>
            <TableCell>{t('orders.col.type')}</TableCell>
            <TableCell>{t('orders.col.faculty')}</TableCell>
            <TableCell align="right">{t('orders.col.students')}</TableCell>
            <TableCell>{t('orders.col.status')}</TableCell>
            <TableCell align="right">{t('orders.col.blocked')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(list.data?.items ?? []).map((o) => (
            <TableRow
              key={o.id}
              hover
              sx={{ cursor: 'pointer' }}
              onClick={() => open(o)}
              data-testid="order-row"
              data-order-id={o.id}
              data-status={o.status}
            >
              <TableCell sx={{ fontWeight: 600 }}>{o.number ?? t('orders.draftNumber')}</TableCell>
              <TableCell>
                {o.orderDate ? (
                  formatDate(o.orderDate)
                ) : (
                  <Typography variant="caption" color="text.secondary">
                    {t('orders.list.created', { date: formatDate(o.createdAt) })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {tKey(`orders.type.${o.type}`)}
                {o.reversesOrderId && (
                  <Typography variant="caption" display="block" color="text.secondary">
                    {t('orders.list.revokes')}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{o.departmentName ?? '—'}</TableCell>
              <TableCell align="right">{o.studentCount}</TableCell>
              <TableCell>
                <OrderStatusChip status={o.status} />
              </TableCell>
              <TableCell align="right">
                {o.blockedCount > 0 ? (
                  <Chip size="small" color="warning" label={o.blockedCount} data-testid="order-blocked" />
                ) : (
                  '—'
                )}
              </TableCell>
            </TableRow>
          ))}
          {list.data && list.data.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={7}>
                <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
                  {t('orders.list.empty')}
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
