import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Button, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { useState } from 'react';
import type { QueueService, QueueWindow } from '../../../src-shared/contract/queue';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { serviceName } from './queue-format';
import { ServiceDialog } from './ServiceDialog';
import { WindowDialog } from './WindowDialog';

type Editing = { kind: 'service'; item: QueueService | null } | { kind: 'window'; item: QueueWindow | null };

/** The queue's set-up for the head: the services a ticket can be taken for and the windows that call them. */
export function QueueSettingsPage(_props: { shell: ShellDef }) {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const settings = useQuery('queue.settings', {});
  const [editing, setEditing] = useState<Editing | null>(null);
  const data = settings.data;
  const services = new Map((data?.services ?? []).map((s) => [s.id, s]));
  const requestTypes = new Map((data?.requestTypes ?? []).map((r) => [r.id, r]));
  const yesNo = (on: boolean) => (on ? t('common.yes') : t('common.no'));
  const saved = () => {
    setEditing(null);
    settings.reload();
    notify(t('common.saved'));
  };
  const edit = (label: string, onClick: () => void) => (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={onClick}>
        <EditOutlined fontSize="small" />
      </IconButton>
    </Tooltip>
  );

  return (
    <>
      <PageHeader title={t('queue.settings.title')} intro={t('queue.settings.intro')} />
      <ErrorAlert error={settings.error} sx={{ mb: 2 }} />
      <Stack spacing={2}>
        <SectionCard title={t('queue.settings.services')}>
          <Table size="small" data-testid="queue-services">
            <TableHead>
              <TableRow>
                <TableCell>{t('queue.settings.prefix')}</TableCell>
                <TableCell>{t('queue.stats.col.service')}</TableCell>
                <TableCell>{t('queue.settings.requestType')}</TableCell>
                <TableCell>{t('queue.settings.active')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {(data?.services ?? []).map((s) => (
                <TableRow key={s.id}>
                  <TableCell sx={{ fontWeight: 700 }}>{s.prefix}</TableCell>
                  <TableCell>{serviceName(s.names, locale)}</TableCell>
                  <TableCell>
                    {s.requestTypeId && requestTypes.get(s.requestTypeId)
                      ? serviceName(requestTypes.get(s.requestTypeId)!.names, locale)
                      : '—'}
                  </TableCell>
                  <TableCell>{yesNo(s.active)}</TableCell>
                  <TableCell align="right">
                    {edit(t('queue.settings.editService'), () => setEditing({ kind: 'service', item: s }))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button
            startIcon={<AddOutlined />}
            sx={{ mt: 1 }}
            onClick={() => setEditing({ kind: 'service', item: null })}
          >
            {t('queue.settings.addService')}
          </Button>
        </SectionCard>
        <SectionCard title={t('queue.settings.windows')}>
          <Table size="small" data-testid="queue-windows">
            <TableHead>
              <TableRow>
                <TableCell>{t('queue.settings.windowLabel')}</TableCell>
                <TableCell>{t('queue.settings.windowServices')}</TableCell>
                <TableCell>{t('queue.settings.operator')}</TableCell>
                <TableCell>{t('queue.settings.windowOpen')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {(data?.windows ?? []).map((w) => (
                <TableRow key={w.id}>
                  <TableCell sx={{ fontWeight: 700 }}>{w.label}</TableCell>
                  <TableCell>
                    {w.serviceIds.length === 0
                      ? t('queue.settings.allServices')
                      : w.serviceIds.map((id) => services.get(id)?.prefix ?? '?').join(', ')}
                  </TableCell>
                  <TableCell>{w.operatorName ?? '—'}</TableCell>
                  <TableCell>{yesNo(w.active)}</TableCell>
                  <TableCell align="right">
                    {edit(t('queue.settings.editWindow'), () => setEditing({ kind: 'window', item: w }))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button startIcon={<AddOutlined />} sx={{ mt: 1 }} onClick={() => setEditing({ kind: 'window', item: null })}>
            {t('queue.settings.addWindow')}
          </Button>
        </SectionCard>
      </Stack>
      {editing?.kind === 'service' && data && (
        <ServiceDialog
          service={editing.item}
          requestTypes={data.requestTypes}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
      {editing?.kind === 'window' && data && (
        <WindowDialog edited={editing.item} settings={data} onClose={() => setEditing(null)} onSaved={saved} />
      )}
    </>
  );
}
