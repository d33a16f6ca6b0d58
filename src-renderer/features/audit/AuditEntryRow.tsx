import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import {
  Box,
  Chip,
  Collapse,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { AuditEntry } from '../../../src-shared/contract/audit';
import { formatDateTime } from '../../../src-shared/domain/format';
import { useI18n } from '../../app/i18n';
import { AuditValue } from './AuditValue';
import { ChangeDiff } from './ChangeDiff';

const COLUMNS = 6;

function InputTable({ input }: { input: unknown }) {
  const { t, tOr } = useI18n();
  const entries = input && typeof input === 'object' && !Array.isArray(input) ? Object.entries(input) : null;
  if (entries && entries.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('audit.noInput')}
      </Typography>
    );
  }
  if (!entries) return <AuditValue value={input} />;
  return (
    <Table size="small" sx={{ bgcolor: 'background.paper', maxWidth: 760 }} data-testid="audit-input">
      <TableBody>
        {entries.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell sx={{ width: 220, color: 'text.secondary' }} title={name}>
              {tOr(`auditField.${name}`, name)}
            </TableCell>
            <TableCell>
              <AuditValue value={value} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One audit entry; expanding it shows what was asked (input) and what changed (before/after). */
export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const { t, tOr } = useI18n();
  const [open, setOpen] = useState(false);
  const entities = [...new Set(entry.changes.map((c) => c.table))];

  return (
    <>
      <TableRow
        hover
        onClick={() => setOpen((o) => !o)}
        sx={{ cursor: 'pointer', '& > td': { borderBottom: open ? 'unset' : undefined } }}
        data-testid="audit-row"
        data-command={entry.command}
        data-seq={entry.seq}
      >
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-label={open ? t('audit.collapse') : t('audit.expand')}
            aria-expanded={open}
            onClick={(e) => {
              e.stopPropagation();
              setOpen((o) => !o);
            }}
          >
            {open ? <KeyboardArrowDown /> : <KeyboardArrowRight />}
          </IconButton>
        </TableCell>
        <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{entry.seq}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</TableCell>
        <TableCell sx={{ fontFamily: 'monospace' }}>{entry.actorLogin}</TableCell>
        <TableCell>
          <Typography variant="body2">{tOr(`command.${entry.command}`, entry.command)}</Typography>
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {entry.command}
          </Typography>
        </TableCell>
        <TableCell>
          <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
            {entities.map((table) => (
              <Chip key={table} size="small" label={tOr(`entity.${table}`, table)} variant="outlined" />
            ))}
          </Stack>
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={COLUMNS} sx={{ py: 0, bgcolor: '#f7f9fc', ...(open ? {} : { borderBottom: 'none' }) }}>
          <Collapse in={open} timeout="auto" unmountOnExit>
            <Stack spacing={2} sx={{ py: 2, px: 1 }} data-testid="audit-details">
              <Box>
                <Typography variant="subtitle2" gutterBottom>
                  {t('audit.changes')}
                </Typography>
                {entry.changes.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    {t('audit.noChanges')}
                  </Typography>
                ) : (
                  <Stack spacing={2}>
                    {entry.changes.map((change, i) => (
                      <ChangeDiff key={`${change.table}:${change.id ?? i}`} change={change} />
                    ))}
                  </Stack>
                )}
              </Box>
              <Box>
                <Typography variant="subtitle2" gutterBottom>
                  {t('audit.input')}
                </Typography>
                <InputTable input={entry.input} />
              </Box>
            </Stack>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
}
