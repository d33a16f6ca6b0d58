import AddOutlined from '@mui/icons-material/AddOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import {
  alpha,
  Box,
  Button,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { contract, roleMayCall } from '../../../src-shared/contract';
import type { RequestSummary } from '../../../src-shared/contract/requests';
import { formatDate } from '../../../src-shared/domain/format';
import { REQUEST_STATUSES, type RequestStatus } from '../../../src-shared/domain/request-workflow';
import { typeName } from '../../../src-shared/domain/request-types';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { downloadBase64 } from '../../ui/ExportButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PagePagination } from '../../ui/PagePagination';
import { IntakeDialog } from './IntakeDialog';
import { DeadlineChip, RequestStatusChip } from './RequestChips';

const PAGE = 50;
const SHOW_ALL = { inputLabel: { shrink: true }, select: { displayEmpty: true } } as const;

/**
 * The requests: "My queue" (assigned to me) and all of them, filtered by status, type, assignee and overdue,
 * sorted by deadline. An overdue row is tinted red and carries an "Overdue" chip.
 */
export function RequestsPage({ shell }: { shell: ShellDef }) {
  const { t, tKey, locale } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const [tab, setTab] = useState<'mine' | 'all'>(user.role === 'archive' ? 'all' : 'mine');
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [typeId, setTypeId] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [intake, setIntake] = useState(false);
  const types = useQuery('requests.types', { all: true });
  const assignees = useQuery('requests.assignees', {});
  const filters = {
    ...(tab === 'mine' ? { mine: true } : assigneeId ? { assigneeId } : {}),
    ...(status ? { status } : {}),
    ...(typeId ? { typeId } : {}),
    ...(overdue ? { overdue: true } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
  };
  const list = useQuery('requests.list', { ...filters, limit: PAGE, offset: page * PAGE });
  const mayTake = roleMayCall(user.role, contract['requests.create'].access);
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
    };
  const open = (id: string) => {
    const path = pagePath(shell, user.role, 'requestDetail', id);
    if (path) void navigate(path);
  };

  async function exportList() {
    const res = await call('requests.export', { ...filters, lang: locale });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <Box>
      <PageHeader
        title={t('requests.list.title')}
        intro={t('requests.list.intro')}
        actions={
          <>
            <Button
              variant="outlined"
              color="inherit"
              startIcon={<FileDownloadOutlined />}
              onClick={() => void exportList()}
            >
              {t('export.xlsx')}
            </Button>
            {mayTake && (
              <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setIntake(true)}>
                {t('requests.take')}
              </Button>
            )}
          </>
        }
      />
      <Tabs value={tab} onChange={(_e, v: 'mine' | 'all') => filter(setTab)(v)} sx={{ mb: 2 }}>
        <Tab value="mine" label={t('requests.list.mine')} />
        <Tab value="all" label={t('requests.list.all')} />
      </Tabs>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ mb: 2 }} alignItems="center">
        <TextField
          select
          size="small"
          label={t('requests.col.status')}
          value={status}
          onChange={(e) => filter(setStatus)(e.target.value as RequestStatus | '')}
          sx={{ flex: '0 0 170px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('requests.list.allStatuses')}</MenuItem>
          {REQUEST_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {tKey(`requests.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('requests.col.type')}
          value={typeId}
          onChange={(e) => filter(setTypeId)(e.target.value)}
          sx={{ flex: '0 0 240px' }}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('requests.list.allTypes')}</MenuItem>
          {(types.data?.items ?? []).map((x) => (
            <MenuItem key={x.id} value={x.id}>
              {typeName(x.names, locale)}
            </MenuItem>
          ))}
        </TextField>
        {tab === 'all' && (
          <TextField
            select
            size="small"
            label={t('requests.col.assignee')}
            value={assigneeId}
            onChange={(e) => filter(setAssigneeId)(e.target.value)}
            sx={{ flex: '0 0 200px' }}
            slotProps={SHOW_ALL}
          >
            <MenuItem value="">{t('requests.list.anyone')}</MenuItem>
            {(assignees.data?.items ?? []).map((u) => (
              <MenuItem key={u.id} value={u.id}>
                {u.fullName}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          size="small"
          label={t('requests.list.search')}
          value={search}
          onChange={(e) => filter(setSearch)(e.target.value)}
          sx={{ flex: '1 1 220px' }}
        />
        <FormControlLabel
          control={<Switch checked={overdue} onChange={(e) => filter(setOverdue)(e.target.checked)} />}
          label={t('requests.list.overdueOnly')}
        />
      </Stack>
      <ErrorAlert error={list.error} />
      <RequestsTable items={list.data?.items ?? []} onOpen={open} loaded={!!list.data} />
      <PagePagination total={list.data?.total ?? 0} page={page} pageSize={PAGE} onPage={setPage} />
      {intake && (
        <IntakeDialog
          open
          student={null}
          onClose={() => setIntake(false)}
          onCreated={(r) => {
            setIntake(false);
            notify(t('requests.intake.done', { number: r.number }));
            open(r.id);
          }}
        />
      )}
    </Box>
  );
}

/** The list's rows; overdue ones are tinted red (and say so in a chip, for those who do not see colour). */
export function RequestsTable({
  items,
  onOpen,
  loaded,
  showApplicant = true,
}: {
  items: readonly RequestSummary[];
  onOpen(id: string): void;
  loaded: boolean;
  showApplicant?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <Table size="small" data-testid="requests-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('requests.col.number')}</TableCell>
          <TableCell>{t('requests.col.type')}</TableCell>
          {showApplicant && <TableCell>{t('requests.col.applicant')}</TableCell>}
          <TableCell>{t('requests.col.status')}</TableCell>
          <TableCell>{t('requests.col.assignee')}</TableCell>
          <TableCell>{t('requests.col.received')}</TableCell>
          <TableCell>{t('requests.col.due')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((r) => (
          <TableRow
            key={r.id}
            hover
            onClick={() => onOpen(r.id)}
            data-testid="request-row"
            data-request-id={r.id}
            data-deadline={r.deadline ?? 'none'}
            sx={{
              cursor: 'pointer',
              ...(r.deadline === 'overdue' ? { bgcolor: (th) => alpha(th.palette.error.main, 0.08) } : {}),
            }}
          >
            <TableCell sx={{ fontWeight: 600 }}>{r.number}</TableCell>
            <TableCell>{typeName(r.typeNames, locale)}</TableCell>
            {showApplicant && (
              <TableCell>
                {r.applicantName}
                {!r.studentId && (
                  <Typography variant="caption" display="block" color="text.secondary">
                    {t('requests.visitor')}
                  </Typography>
                )}
              </TableCell>
            )}
            <TableCell>
              <RequestStatusChip status={r.status} />
            </TableCell>
            <TableCell>{r.assigneeName ?? '—'}</TableCell>
            <TableCell>{formatDate(r.receivedOn)}</TableCell>
            <TableCell>
              <Stack direction="row" spacing={1} alignItems="center">
                <span>{formatDate(r.dueOn)}</span>
                <DeadlineChip request={r} />
              </Stack>
            </TableCell>
          </TableRow>
        ))}
        {loaded && items.length === 0 && (
          <TableRow>
            <TableCell colSpan={7}>
              <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
                {t('requests.list.empty')}
              </Typography>
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
