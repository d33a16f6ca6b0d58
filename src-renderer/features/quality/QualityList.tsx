import AutoFixHighOutlined from '@mui/icons-material/AutoFixHighOutlined';
import {
  Box,
  Button,
  LinearProgress,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { FIXABLE_CHECKS, type QualityCheck, type QualityItem } from '../../../src-shared/contract/quality';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { exportRow, findingText, fixLines } from './finding-text';

const DUPLICATE_CHECKS: readonly QualityCheck[] = ['duplicatePinfl', 'duplicatePerson'];
const PAGE_SIZES = [25, 50, 100];
const EXPORT_PAGE = 500;

interface Props {
  check: QualityCheck;
  /** The student card's path, or null when this role cannot open it. */
  cardPath(id: string): string | null;
  /** After a fix: the counts on the cards change too. */
  onFixed(): void;
}

function StudentLink({ id, name, cardPath }: { id: string; name: string; cardPath: Props['cardPath'] }) {
  const path = cardPath(id);
  if (!path) return <>{name}</>;
  return (
    <Link component={RouterLink} to={path} data-testid="quality-student" underline="hover">
      {name}
    </Link>
  );
}

/** The students one check flags, a page at a time, with the finding and (when it has one) the fix. */
export function QualityList({ check, cardPath, onFixed }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const [paging, setPaging] = useState({ page: 0, size: PAGE_SIZES[0] as number });
  const list = useQuery('quality.list', { check, limit: paging.size, offset: paging.page * paging.size });
  const [fixing, setFixing] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const fixable = FIXABLE_CHECKS.includes(check);
  const duplicates = DUPLICATE_CHECKS.includes(check);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  async function fix(item: QualityItem) {
    setFixing(item.studentId);
    setError(null);
    const result = await call('quality.fix', { studentId: item.studentId, check });
    setFixing(null);
    if (!result.ok) return setError(result.error);
    const changed = Object.keys(result.data.changed).length > 0;
    notify(
      t(changed ? 'qualityPage.fixed' : 'qualityPage.nothingToFix', { name: item.name }),
      changed ? 'success' : 'info',
    );
    list.reload();
    onFixed();
  }

  const columns = [
    { key: 'name', header: t('qualityPage.col.student'), width: 36 },
    { key: 'group', header: t('qualityPage.col.group'), width: 12 },
    { key: 'finding', header: t('qualityPage.col.finding'), width: 50 },
    ...(duplicates ? [{ key: 'related', header: t('qualityPage.col.related'), width: 40 }] : []),
    ...(fixable ? [{ key: 'fix', header: t('qualityPage.col.fix'), width: 50 }] : []),
  ];

  /** Every finding of the check (all pages), as the columns above. */
  async function allRows() {
    const rows: Record<string, string>[] = [];
    for (let offset = 0; offset === 0 || offset < total; offset += EXPORT_PAGE) {
      const page = await call('quality.list', { check, limit: EXPORT_PAGE, offset });
      if (!page.ok) throw page.error;
      rows.push(...page.data.items.map((item) => exportRow(item, i18n)));
      if (page.data.items.length < EXPORT_PAGE) break;
    }
    return rows;
  }

  return (
    <Paper variant="outlined" data-testid="quality-list" data-check={check}>
      <Stack direction="row" alignItems="center" spacing={2} sx={{ px: 2, py: 1.5 }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t(`quality.check.${check}`)}
        </Typography>
        <ExportButton title={t(`quality.check.${check}`)} columns={columns} rows={allRows} disabled={total === 0} />
      </Stack>
      <Box sx={{ height: 2 }}>{list.loading && <LinearProgress sx={{ height: 2 }} />}</Box>
      <ErrorAlert error={error ?? list.error} sx={{ mx: 2, my: 1 }} />
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableCell key={c.key}>{c.header}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow
                key={`${item.studentId}:${item.key}`}
                hover
                data-testid="quality-row"
                data-student={item.studentId}
              >
                <TableCell sx={{ fontWeight: 600 }}>
                  <StudentLink id={item.studentId} name={item.name} cardPath={cardPath} />
                </TableCell>
                <TableCell>{item.group ?? '—'}</TableCell>
                <TableCell>{findingText(item, i18n)}</TableCell>
                {duplicates && (
                  <TableCell>
                    <Stack spacing={0.25}>
                      {item.related.map((r) => (
                        <StudentLink key={r.id} id={r.id} name={r.name} cardPath={cardPath} />
                      ))}
                    </Stack>
                  </TableCell>
                )}
                {fixable && (
                  <TableCell>
                    <Stack direction="row" spacing={2} alignItems="center" justifyContent="space-between">
                      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1 }}>
                        {fixLines(item.fix, i18n).map((line) => (
                          <Box key={line.field} sx={{ display: 'contents' }}>
                            <Typography component="dt" variant="body2" color="text.secondary">
                              {line.label}:
                            </Typography>
                            <Typography component="dd" variant="body2" fontWeight={600} sx={{ m: 0 }}>
                              {line.value}
                            </Typography>
                          </Box>
                        ))}
                      </Box>
                      <Button
                        size="small"
                        variant="outlined"
                        startIcon={<AutoFixHighOutlined />}
                        onClick={() => void fix(item)}
                        disabled={!item.fix || fixing !== null}
                        data-testid="quality-fix"
                        sx={{ flexShrink: 0 }}
                      >
                        {t('qualityPage.fix')}
                      </Button>
                    </Stack>
                  </TableCell>
                )}
              </TableRow>
            ))}
            {list.data && items.length === 0 && (
              <TableRow>
                <TableCell colSpan={columns.length} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                  {t('qualityPage.empty')}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {total > PAGE_SIZES[0]! && (
        <TablePagination
          component="div"
          count={total}
          page={paging.page}
          rowsPerPage={paging.size}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_e, page) => setPaging((p) => ({ ...p, page }))}
          onRowsPerPageChange={(e) => setPaging({ page: 0, size: Number(e.target.value) })}
          labelRowsPerPage={t('qualityPage.rowsPerPage')}
          labelDisplayedRows={({ from, to, count }) => t('qualityPage.range', { from, to, count })}
          getItemAriaLabel={(type) => t(type === 'next' ? 'common.nextPage' : 'common.previousPage')}
        />
      )}
    </Paper>
  );
}
