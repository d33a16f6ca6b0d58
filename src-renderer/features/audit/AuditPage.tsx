import {
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Box,
} from '@mui/material';
import { useState } from 'react';
import type { ChannelInput } from '../../../src-shared/contract';
import { formatNumber } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AuditEntryRow } from './AuditEntryRow';
import { AuditFilters, NO_FILTERS, type AuditFilterValues } from './AuditFilters';

const PAGE_SIZES = [25, 50, 100];

function toInput(filters: AuditFilterValues, page: number, size: number): ChannelInput<'audit.list'> {
  const input: ChannelInput<'audit.list'> = { limit: size, offset: page * size };
  for (const [key, value] of Object.entries(filters) as [keyof AuditFilterValues, string][]) {
    if (value !== '') input[key] = value;
  }
  return input;
}

export function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZES[0] as number);
  const facets = useQuery('audit.facets', {});
  const list = useQuery('audit.list', toInput(filters, page, size));

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }}>
        <AuditFilters
          value={filters}
          facets={facets.data}
          onChange={(next) => {
            setFilters(next);
            setPage(0);
          }}
        />
      </Paper>
      <ErrorAlert error={list.error ?? facets.error} sx={{ mb: 2 }} />
      <Paper variant="outlined">
        <Box sx={{ height: 2 }}>{list.loading && <LinearProgress sx={{ height: 2 }} />}</Box>
        <TableContainer>
          <Table data-testid="audit-table">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox" />
                <TableCell sx={{ width: 72 }}>{t('audit.col.seq')}</TableCell>
                <TableCell sx={{ width: 150 }}>{t('audit.col.at')}</TableCell>
                <TableCell sx={{ width: 160 }}>{t('audit.col.actor')}</TableCell>
                <TableCell>{t('audit.col.command')}</TableCell>
                <TableCell>{t('audit.col.entities')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data?.entries.map((entry) => (
                <AuditEntryRow key={entry.id} entry={entry} />
              ))}
              {list.data && list.data.entries.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                    {t('audit.empty')}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={list.data?.total ?? 0}
          page={page}
          rowsPerPage={size}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_e, next) => setPage(next)}
          onRowsPerPageChange={(e) => {
            setSize(Number(e.target.value));
            setPage(0);
          }}
          labelRowsPerPage={t('audit.rowsPerPage')}
          getItemAriaLabel={(type) => (type === 'next' ? t('common.nextPage') : t('common.previousPage'))}
          labelDisplayedRows={({ from, to, count }) =>
            t('audit.displayedRows', { from: formatNumber(from), to: formatNumber(to), count: formatNumber(count) })
          }
        />
      </Paper>
    </>
  );
}
