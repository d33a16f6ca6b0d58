import {
  Box,
  Button,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../../src-shared/contract';
import { formatDateTime } from '../../../../src-shared/domain/format';
import type { Query } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { historyValue, visibleChanges, type ValueContext } from './history-values';

type Entry = ChannelOutput<'students.history'>[number];

function Value({ text }: { text: string | null }) {
  return text === null ? (
    <Box component="span" sx={{ color: 'text.disabled' }}>
      —
    </Box>
  ) : (
    <>{text}</>
  );
}

function EntryView({ entry, ctx }: { entry: Entry; ctx: ValueContext }) {
  const { t, tOr } = useI18n();
  const created = entry.command === 'students.create';
  const [open, setOpen] = useState(!created);
  const changes = visibleChanges(entry.changes, created);
  const reveal = entry.command === 'students.revealIdentifiers';
  const reason = entry.changes.find((c) => c.field === 'reason')?.after;
  return (
    <Box data-testid="history-entry" data-command={entry.command} sx={{ py: 1.5 }}>
      <Stack direction="row" spacing={1.5} alignItems="baseline" flexWrap="wrap">
        <Typography variant="body2" fontWeight={600}>
          {tOr(`command.${entry.command}`, entry.command)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {formatDateTime(entry.at)} · {entry.actorLogin}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {created && changes.length > 0 && (
          <Button size="small" onClick={() => setOpen((o) => !o)}>
            {open
              ? t('studentCard.history.hideFields')
              : t('studentCard.history.showFields', { count: changes.length })}
          </Button>
        )}
      </Stack>
      {reveal && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('studentCard.history.revealReason', { reason: typeof reason === 'string' ? reason : '' })}
        </Typography>
      )}
      {!reveal && open && changes.length > 0 && (
        <Table size="small" sx={{ mt: 1, tableLayout: 'fixed' }} data-testid="history-changes">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '30%' }}>{t('audit.diff.field')}</TableCell>
              <TableCell sx={{ width: '35%' }}>{t('audit.diff.before')}</TableCell>
              <TableCell sx={{ width: '35%' }}>{t('audit.diff.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((c) => (
              <TableRow key={c.field} data-field={c.field}>
                <TableCell>{tOr(`auditField.${c.field}`, c.field)}</TableCell>
                <TableCell sx={{ color: 'error.dark', wordBreak: 'break-word' }}>
                  {c.field === 'photo' ? '' : <Value text={historyValue(c.field, c.before, ctx)} />}
                </TableCell>
                <TableCell sx={{ color: 'success.dark', wordBreak: 'break-word' }}>
                  {c.field === 'photo' ? (
                    t('studentCard.history.photoChanged')
                  ) : (
                    <Value text={historyValue(c.field, c.after, ctx)} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

/** Who changed what and when on this student: every audited command, newest first, values translated. */
export function HistorySection({
  history,
  names,
  masked,
}: {
  history: Query<ChannelOutput<'students.history'>>;
  names: ReadonlyMap<string, string>;
  masked: boolean;
}) {
  const { t, tOr } = useI18n();
  const ctx = useMemo<ValueContext>(
    () => ({ tOr, yes: t('common.yes'), no: t('common.no'), names, masked }),
    [t, tOr, names, masked],
  );
  const entries = history.data ?? [];
  return (
    <SectionCard title={t('studentCard.section.history')}>
      <ErrorAlert error={history.error} />
      {history.loading && <LinearProgress sx={{ height: 2 }} />}
      {history.data && entries.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('studentCard.history.empty')}
        </Typography>
      )}
      <Box data-testid="history" sx={{ '& > * + *': { borderTop: '1px solid', borderColor: 'divider' } }}>
        {entries.map((entry) => (
          <EntryView key={entry.seq} entry={entry} ctx={ctx} />
        ))}
      </Box>
    </SectionCard>
  );
}
