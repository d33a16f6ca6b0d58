import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { HEMIS_ACADEMIC_ROWS, type HemisCounts, type HemisPullSummary } from '../../../src-shared/contract/hemis';
import { formatDateTime, formatNumber } from '../../../src-shared/domain/format';
import { useT } from '../../app/i18n';
import { SectionCard } from '../../ui/SectionCard';

/** The structure as HEMIS keeps it, then the students; academic rows a pull did not count (null) are left out. */
const ROWS = ['departments', 'specialties', 'groups', ...HEMIS_ACADEMIC_ROWS, 'students'] as const;
const COLUMNS = ['created', 'updated', 'unchanged', 'rejected'] as const satisfies readonly (keyof HemisCounts)[];

/** The last successful pull: when, what kind, and the counts per table. */
export function HemisLastPull({ summary }: { summary: HemisPullSummary | null }) {
  const t = useT();
  if (!summary) return <Alert severity="info">{t('hemis.neverPulled')}</Alert>;
  const mode =
    summary.mode === 'full' ? t('hemis.mode.full') : t('hemis.mode.delta', { since: formatDateTime(summary.since) });
  return (
    <SectionCard
      title={t('hemis.lastPull', { date: formatDateTime(summary.finishedAt) })}
      hint={`${mode} · ${t('hemis.traffic', { pages: summary.pages, requests: summary.requests })}`}
    >
      <Table size="small" data-testid="hemis-summary">
        <TableHead>
          <TableRow>
            <TableCell />
            {COLUMNS.map((c) => (
              <TableCell key={c} align="right">
                {t(`hemis.col.${c}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {ROWS.map((row) => {
            const counts: HemisCounts | null = summary[row];
            return (
              counts && (
                <TableRow key={row} data-row={row}>
                  <TableCell component="th" scope="row">
                    <Typography variant="body2">{t(`hemis.row.${row}`)}</Typography>
                  </TableCell>
                  {COLUMNS.map((c) => (
                    <TableCell key={c} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatNumber(counts[c])}
                    </TableCell>
                  ))}
                </TableRow>
              )
            );
          })}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
