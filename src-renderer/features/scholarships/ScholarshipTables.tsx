import { MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { ScholarshipPreview } from '../../../src-shared/contract/scholarships';
import { formatSom } from '../../../src-shared/domain/fees';
import { rateName, reasonLabel, reasonText } from '../../../src-shared/domain/scholarships-text';
import { useI18n } from '../../app/i18n';
import { PagePagination } from '../../ui/PagePagination';
import { SectionCard } from '../../ui/SectionCard';

/** A whole institution's list runs to tens of thousands of rows: the tables show a page at a time. */
const PAGE = 100;
const ALL = '';

/** One page of `items`, back to the first page whenever the list itself changes (a new preview, a filter). */
function usePage<T>(items: readonly T[]) {
  // The page remembers the list it was turned on: another list starts at its first page.
  const [at, setAt] = useState({ items, page: 0 });
  const page = at.items === items ? at.page : 0;
  const setPage = (p: number) => setAt({ items, page: p });
  const shown = items.slice(page * PAGE, (page + 1) * PAGE);
  const pager =
    items.length > PAGE ? <PagePagination total={items.length} page={page} pageSize={PAGE} onPage={setPage} /> : null;
  return { shown, pager };
}

type Row = ScholarshipPreview['included'][number] | ScholarshipPreview['excluded'][number];

function StudentCells({ s }: { s: Row }) {
  return (
    <>
      <TableCell>
        <Typography fontWeight={600}>{s.fullName}</Typography>
        <Typography variant="body2" color="text.secondary">
          {[s.departmentName, s.studentIdNumber].filter(Boolean).join(' · ')}
        </Typography>
      </TableCell>
      <TableCell>{s.course ?? ''}</TableCell>
      <TableCell>{s.groupName ?? ''}</TableCell>
      <TableCell>{s.grades.map((g) => g ?? '—').join(' ')}</TableCell>
    </>
  );
}

/** The included students with kind and amount, the excluded with every reason, and the totals. */
export function ScholarshipTables({ preview }: { preview: ScholarshipPreview }) {
  const { t, tKey, tOr } = useI18n();
  const head = (
    <>
      <TableCell>{t('scholarships.col.student')}</TableCell>
      <TableCell>{t('scholarships.col.course')}</TableCell>
      <TableCell>{t('scholarships.col.group')}</TableCell>
      <TableCell>{t('scholarships.col.grades')}</TableCell>
    </>
  );
  const { totals } = preview;
  const [reason, setReason] = useState(ALL);
  const excludedRows = useMemo(
    () => (reason ? preview.excluded.filter((s) => s.reasons.some((r) => r.key === reason)) : preview.excluded),
    [preview, reason],
  );
  const included = usePage(preview.included);
  const excluded = usePage(excludedRows);
  return (
    <>
      <SectionCard title={t('scholarships.totals.title')}>
        <Table size="small" aria-label={t('scholarships.totals.title')} data-testid="scholarship-totals">
          <TableBody>
            {totals.byRate.map((r) => (
              <TableRow key={r.rate}>
                <TableCell>{rateName(tOr, r.rate)}</TableCell>
                <TableCell align="right">{r.count}</TableCell>
                <TableCell align="right">{formatSom(r.amount)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{t('scholarships.totals.amount')}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {totals.included}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {formatSom(totals.amount)}
              </TableCell>
            </TableRow>
            {totals.byReason.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{reasonLabel(tKey, r.key)}</TableCell>
                <TableCell align="right">{r.count}</TableCell>
                <TableCell />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </SectionCard>
      <SectionCard title={t('scholarships.included.title', { count: totals.included })}>
        {preview.included.length === 0 ? (
          <Typography color="text.secondary">{t('scholarships.included.empty')}</Typography>
        ) : (
          <Table size="small" aria-label={t('scholarships.included.title', { count: totals.included })}>
            <TableHead>
              <TableRow>
                {head}
                <TableCell>{t('scholarships.col.rate')}</TableCell>
                <TableCell align="right">{t('scholarships.col.amount')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {included.shown.map((s) => (
                <TableRow key={s.studentId} data-testid="scholarship-included" data-student-id={s.studentId}>
                  <StudentCells s={s} />
                  <TableCell>
                    {rateName(tOr, s.rate)}
                    {s.basis === 'firstSemester' && (
                      <Typography variant="body2" color="text.secondary">
                        {t('scholarships.basis.firstSemester')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">{formatSom(s.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {included.pager}
      </SectionCard>
      <SectionCard title={t('scholarships.excluded.title', { count: totals.excluded })}>
        {totals.byReason.length > 1 && (
          <TextField
            select
            size="small"
            label={t('scholarships.excluded.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
            sx={{ minWidth: 320, mb: 1 }}
            data-testid="scholarship-reason-filter"
          >
            <MenuItem value={ALL}>{t('scholarships.excluded.allReasons')}</MenuItem>
            {totals.byReason.map((r) => (
              <MenuItem key={r.key} value={r.key}>
                {`${reasonLabel(tKey, r.key)} (${r.count})`}
              </MenuItem>
            ))}
          </TextField>
        )}
        {preview.excluded.length === 0 ? (
          <Typography color="text.secondary">{t('scholarships.excluded.empty')}</Typography>
        ) : (
          <Table size="small" aria-label={t('scholarships.excluded.title', { count: totals.excluded })}>
            <TableHead>
              <TableRow>
                {head}
                <TableCell>{t('scholarships.col.reasons')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {excluded.shown.map((s) => (
                <TableRow key={s.studentId} data-testid="scholarship-excluded" data-student-id={s.studentId}>
                  <StudentCells s={s} />
                  <TableCell>{s.reasons.map((r) => reasonText(tKey, tOr, r)).join('; ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {excluded.pager}
      </SectionCard>
    </>
  );
}
