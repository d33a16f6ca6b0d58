import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import type { ChannelOutput } from '../../../src-shared/contract';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { formatDuration } from '../../../src-shared/domain/queue';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import type { ShellDef } from '../../shells/shells';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { downloadBase64 } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { serviceName } from './queue-format';

type Row = ChannelOutput<'queue.stats'>['total'];

/** A day of the queue per service and per window: tickets, no-shows, waiting and service times; to Excel. */
export function QueueStatsPage(_props: { shell: ShellDef }) {
  const { t, tKey, locale } = useI18n();
  const notify = useNotify();
  const [day, setDay] = useState(() => tashkentMoment(new Date()).date);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const stats = useQuery('queue.stats', { day: valid ? day : tashkentMoment(new Date()).date });
  const [exporting, setExporting] = useState(false);

  async function exportXlsx() {
    setExporting(true);
    const res = await call('queue.exportStats', { day, lang: locale });
    setExporting(false);
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  const header = (first: string) => (
    <TableHead>
      <TableRow>
        <TableCell>{first}</TableCell>
        <TableCell align="right">{t('queue.stats.col.issued')}</TableCell>
        <TableCell align="right">{t('queue.stats.col.served')}</TableCell>
        <TableCell align="right">{t('queue.stats.col.noShows')}</TableCell>
        <TableCell align="right">{t('queue.stats.col.cancelled')}</TableCell>
        <TableCell align="right">{t('queue.stats.col.waitingNow')}</TableCell>
        <TableCell align="right">{t('queue.stats.avgWait')}</TableCell>
        <TableCell align="right">{t('queue.stats.maxWait')}</TableCell>
        <TableCell align="right">{t('queue.stats.avgService')}</TableCell>
      </TableRow>
    </TableHead>
  );
  const cells = (name: string, r: Row, bold = false) => (
    <TableRow key={`${name}:${r.key}`} sx={bold ? { '& td': { fontWeight: 700 } } : undefined}>
      <TableCell>{name}</TableCell>
      <TableCell align="right">{r.issued}</TableCell>
      <TableCell align="right">{r.served}</TableCell>
      <TableCell align="right">{r.noShows}</TableCell>
      <TableCell align="right">{r.cancelled}</TableCell>
      <TableCell align="right">{r.waitingNow}</TableCell>
      <TableCell align="right">{formatDuration(r.avgWaitSec)}</TableCell>
      <TableCell align="right">{formatDuration(r.maxWaitSec)}</TableCell>
      <TableCell align="right">{formatDuration(r.avgServiceSec)}</TableCell>
    </TableRow>
  );

  return (
    <>
      <PageHeader
        title={t('queue.stats.title')}
        intro={t('queue.stats.intro')}
        actions={
          <Button
            size="small"
            variant="outlined"
            color="inherit"
            startIcon={<FileDownloadOutlined />}
            onClick={() => void exportXlsx()}
            disabled={!valid || exporting}
          >
            {t('export.xlsx')}
          </Button>
        }
      />
      <Stack spacing={2}>
        <DateField label={t('queue.stats.day')} value={day} onChange={setDay} size="small" sx={{ width: 170 }} />
        <ErrorAlert error={stats.error} />
        {stats.data && (
          <>
            <SectionCard title={t('queue.stats.byService')}>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" data-testid="queue-stats-services">
                  {header(t('queue.stats.col.service'))}
                  <TableBody>
                    {stats.data.services.map((r) => cells(`${r.prefix} — ${serviceName(r.names, locale)}`, r))}
                    {cells(t('queue.stats.total'), stats.data.total, true)}
                  </TableBody>
                </Table>
              </Box>
            </SectionCard>
            <SectionCard title={t('queue.stats.byWindow')} hint={t('queue.stats.windowHint')}>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" data-testid="queue-stats-windows">
                  {header(t('queue.stats.col.window'))}
                  <TableBody>{stats.data.windows.map((r) => cells(r.label, r))}</TableBody>
                </Table>
              </Box>
            </SectionCard>
          </>
        )}
      </Stack>
    </>
  );
}
