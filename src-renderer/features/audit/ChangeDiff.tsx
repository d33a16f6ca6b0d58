import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { AuditChange } from '../../../src-shared/contract/audit';
import { useI18n } from '../../app/i18n';
import { AuditValue } from './AuditValue';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One row touched by a command: every field before and after, the changed ones highlighted. */
export function ChangeDiff({ change }: { change: AuditChange }) {
  const { t, tOr } = useI18n();
  const kind = change.before === null ? 'created' : change.after === null ? 'deleted' : 'updated';
  const before = change.before ?? {};
  const after = change.after ?? {};
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];

  return (
    <Box data-testid="change" data-table={change.table}>
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
        <Typography fontWeight={600}>{tOr(`entity.${change.table}`, change.table)}</Typography>
        <Chip
          size="small"
          label={
            change.count !== undefined ? t('audit.change.bulk', { count: change.count }) : t(`audit.change.${kind}`)
          }
          color={kind === 'created' ? 'success' : kind === 'deleted' ? 'error' : 'info'}
          variant="outlined"
        />
        {change.id && (
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {change.id}
          </Typography>
        )}
      </Stack>
      {change.count === undefined && (
        <Table size="small" sx={{ tableLayout: 'fixed', bgcolor: 'background.paper' }} data-testid="diff">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '24%' }}>{t('audit.diff.field')}</TableCell>
              <TableCell sx={{ width: '38%' }}>{t('audit.diff.before')}</TableCell>
              <TableCell sx={{ width: '38%' }}>{t('audit.diff.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.map((name) => {
              const changed = kind === 'updated' && !same(before[name], after[name]);
              return (
                <TableRow
                  key={name}
                  data-field={name}
                  data-changed={changed || undefined}
                  sx={changed ? { bgcolor: '#fff6da', '& td': { fontWeight: 600 } } : undefined}
                >
                  <TableCell title={name}>{tOr(`auditField.${name}`, name)}</TableCell>
                  <TableCell sx={changed ? { color: 'error.dark', textDecoration: 'line-through' } : undefined}>
                    {kind === 'created' ? '' : <AuditValue value={before[name]} />}
                  </TableCell>
                  <TableCell sx={changed ? { color: 'success.dark' } : undefined}>
                    {kind === 'deleted' ? '' : <AuditValue value={after[name]} />}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
