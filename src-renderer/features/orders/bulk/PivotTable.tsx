import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useT } from '../../../app/i18n';
import type { Pivot } from './stats-pivot';

const bold = { fontWeight: 600 };

/** A pivot with its row labels on the left, a total column on the right and a total row at the bottom. */
export function PivotTable({
  pivot,
  corner,
  rowLabel,
  columnLabel,
  testId,
}: {
  pivot: Pivot;
  /** Names what the rows are (the top-left cell). */
  corner: string;
  rowLabel(key: string): string;
  columnLabel(key: string): string;
  testId: string;
}) {
  const t = useT();
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" data-testid={testId}>
        <TableHead>
          <TableRow>
            <TableCell>{corner}</TableCell>
            {pivot.columns.map((c) => (
              <TableCell key={c} align="right">
                {columnLabel(c)}
              </TableCell>
            ))}
            <TableCell align="right" sx={bold}>
              {t('movements.stats.total')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pivot.rows.map((row) => (
            <TableRow key={row.key} data-testid="pivot-row" data-key={row.key}>
              <TableCell>{rowLabel(row.key)}</TableCell>
              {row.cells.map((n, i) => (
                <TableCell key={pivot.columns[i]} align="right" sx={n === 0 ? { color: 'text.disabled' } : undefined}>
                  {n}
                </TableCell>
              ))}
              <TableCell align="right" sx={bold}>
                {row.total}
              </TableCell>
            </TableRow>
          ))}
          {pivot.rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={pivot.columns.length + 2}>{t('movements.stats.empty')}</TableCell>
            </TableRow>
          ) : (
            <TableRow data-testid="pivot-total">
              <TableCell sx={bold}>{t('movements.stats.total')}</TableCell>
              {pivot.columnTotals.map((n, i) => (
                <TableCell key={pivot.columns[i]} align="right" sx={bold}>
                  {n}
                </TableCell>
              ))}
              <TableCell align="right" sx={bold}>
                {pivot.total}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
