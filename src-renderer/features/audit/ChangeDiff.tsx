import {
  Box,
  Chip,
  FormControlLabel,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { AuditChange } from '../../../src-shared/contract/audit';
import { useI18n } from '../../app/i18n';
import { AuditValue } from './AuditValue';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One row touched by a command: every field before and after. In an update the changed fields
 * come first and are highlighted; the unchanged ones can be hidden.
 */
export function ChangeDiff({ change }: { change: AuditChange }) {
  const { t, tOr } = useI18n();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const kind = change.before === null ? 'created' : change.after === null ? 'deleted' : 'updated';
  const before = change.before ?? {};
  const after = change.after ?? {};
  const all = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const changed = new Set(kind === 'updated' ? all.filter((name) => !same(before[name], after[name])) : []);
  const fields = [
    ...all.filter((name) => changed.has(name)),
    ...(onlyChanged ? [] : all.filter((name) => !changed.has(name))),
  ];

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
        <Box sx={{ flexGrow: 1 }} />
        {changed.size > 0 && (
          <FormControlLabel
            control={<Switch size="small" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />}
            label={<Typography variant="body2">{t('audit.onlyChanged')}</Typography>}
          />
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
              const isChanged = changed.has(name);
              return (
                <TableRow
                  key={name}
                  data-field={name}
                  data-changed={isChanged || undefined}
                  sx={isChanged ? { bgcolor: '#fff6da', '& td': { fontWeight: 600 } } : undefined}
                >
                  <TableCell title={name}>{tOr(`auditField.${name}`, name)}</TableCell>
                  <TableCell sx={isChanged ? { color: 'error.dark' } : undefined}>
                    {kind === 'created' ? '' : <AuditValue value={before[name]} />}
                  </TableCell>
                  <TableCell sx={isChanged ? { color: 'success.dark' } : undefined}>
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
