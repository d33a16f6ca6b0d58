import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
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
} from '@mui/material';
import { useState } from 'react';
import type { IssuedDocument } from '../../../src-shared/contract/documents';
import { DOCUMENT_TYPE_CODES, type DocumentTypeCode } from '../../../src-shared/domain/documents/catalog';
import { formatDate } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { downloadBase64 } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { IssuedView } from './IssuedView';
import { RegisterSettings } from './RegisterSettings';
import { BatchCard } from './BatchCard';
import { HoldsCard } from './HoldsCard';
import { PagePagination } from '../../ui/PagePagination';

const PAGE = 50;

/** The register book: every issued document of a year, by type and status, searchable, exportable. */
export function RegisterPage() {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [type, setType] = useState<DocumentTypeCode | ''>('');
  const [status, setStatus] = useState<'issued' | 'void' | ''>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<IssuedDocument | null>(null);
  const list = useQuery('documents.list', {
    year,
    ...(type ? { type } : {}),
    ...(status ? { status } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
    limit: PAGE,
    offset: page * PAGE,
  });

  async function exportBook() {
    const res = await call('documents.exportRegister', { year, ...(type ? { type } : {}) });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <Box>
      <PageHeader
        title={t('documents.register.title')}
        intro={t('documents.register.intro')}
        actions={
          <Button startIcon={<FileDownloadOutlined />} onClick={() => void exportBook()} data-testid="export-register">
            {t('documents.register.export')}
          </Button>
        }
      />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={t('documents.register.year')}
          value={year}
          onChange={(e) => {
            setYear(Number(e.target.value));
            setPage(0);
          }}
          sx={{ minWidth: 110 }}
        >
          {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('documents.col.type')}
          value={type}
          onChange={(e) => {
            setType(e.target.value as DocumentTypeCode | '');
            setPage(0);
          }}
          sx={{ minWidth: 260 }}
        >
          <MenuItem value="">{t('documents.register.allTypes')}</MenuItem>
          {DOCUMENT_TYPE_CODES.map((c) => (
            <MenuItem key={c} value={c}>
              {tKey(`documents.type.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('documents.col.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as 'issued' | 'void' | '');
            setPage(0);
          }}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">{t('documents.register.allStatuses')}</MenuItem>
          <MenuItem value="issued">{t('documents.status.issued')}</MenuItem>
          <MenuItem value="void">{t('documents.status.void')}</MenuItem>
        </TextField>
        <TextField
          size="small"
          label={t('documents.register.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          sx={{ flexGrow: 1 }}
          inputProps={{ 'data-testid': 'register-search' }}
        />
      </Stack>
      {list.error && <ErrorAlert error={list.error} />}
      <Table size="small" data-testid="register-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('documents.col.number')}</TableCell>
            <TableCell>{t('documents.col.type')}</TableCell>
            <TableCell>{t('documents.col.issuedOn')}</TableCell>
            <TableCell>{t('documents.col.holder')}</TableCell>
            <TableCell>{t('documents.col.issuedBy')}</TableCell>
            <TableCell>{t('documents.col.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(list.data?.items ?? []).map((d) => (
            <TableRow key={d.id} hover sx={{ cursor: 'pointer' }} onClick={() => setOpen(d)}>
              <TableCell>{d.registerNumber}</TableCell>
              <TableCell>{tKey(`documents.type.${d.type}`)}</TableCell>
              <TableCell>{formatDate(d.issuedOn)}</TableCell>
              <TableCell>{d.holderName}</TableCell>
              <TableCell>{d.issuedByName}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  label={t(`documents.status.${d.status}`)}
                  color={d.status === 'void' ? 'error' : 'success'}
                  title={d.voidReason ?? undefined}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <PagePagination total={list.data?.total ?? 0} page={page} pageSize={PAGE} onPage={(p) => setPage(p)} />
      <Stack spacing={2}>
        <BatchCard onFinished={list.reload} />
        <RegisterSettings />
        <HoldsCard />
      </Stack>
      {open && <IssuedView doc={open} onClose={() => setOpen(null)} onChanged={() => list.reload()} />}
    </Box>
  );
}
