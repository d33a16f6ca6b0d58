import { Alert, Box, ButtonBase, Grid, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { QueueService, QueueTicket } from '../../../src-shared/contract/queue';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { IssuedTicketDialog } from './IssuedTicketDialog';
import { serviceName, usePolling } from './queue-format';

/** Opened from a card: whom the ticket will be for, so the counter does not print it for the wrong person. */
function TicketFor({ studentId }: { studentId: string }) {
  const { t } = useI18n();
  const student = useQuery('students.get', { id: studentId });
  if (!student.data) return <ErrorAlert error={student.error} sx={{ mb: 2 }} />;
  const s = student.data;
  const name = [s.lastNameLat, s.firstNameLat, s.patronymicLat].filter(Boolean).join(' ');
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="ticket-for">
      {t('queue.issue.forStudent', { name })}
    </Alert>
  );
}

/**
 * The kiosk-like panel: one big button per service. A visitor (or the counter for them) presses it, gets a
 * numbered ticket and its slip prints. Opened from a student's card (`?student=<id>`) the ticket is linked.
 */
export function QueueIssuePage(_props: { shell: ShellDef }) {
  const { t, tKey, locale } = useI18n();
  const notify = useNotify();
  const [params] = useSearchParams();
  const studentId = params.get('student');
  const settings = useQuery('queue.settings', {});
  const desk = useQuery('queue.desk', {});
  usePolling(desk.reload, 5000);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<{ ticket: QueueTicket; ahead: number; service: QueueService } | null>(null);
  const services = (settings.data?.services ?? []).filter((s) => s.active);
  const waiting = new Map((desk.data?.waiting ?? []).map((c) => [c.serviceId, c.waiting]));

  async function issue(service: QueueService) {
    setBusy(true);
    const res = await call('queue.issue', { serviceId: service.id, ...(studentId ? { studentId } : {}) });
    setBusy(false);
    desk.reload();
    if (res.ok) setIssued({ ...res.data, service });
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <>
      <PageHeader title={t('queue.issue.title')} intro={t('queue.issue.intro')} />
      <ErrorAlert error={settings.error} sx={{ mb: 2 }} />
      {studentId && <TicketFor studentId={studentId} />}
      {settings.data && services.length === 0 && <Alert severity="info">{t('queue.issue.noServices')}</Alert>}
      <Grid container spacing={2}>
        {services.map((s) => {
          const name = serviceName(s.names, locale);
          return (
            <Grid key={s.id} size={{ xs: 12, sm: 6, lg: 4 }}>
              <Paper variant="outlined" sx={{ height: '100%' }}>
                <ButtonBase
                  onClick={() => void issue(s)}
                  disabled={busy}
                  aria-label={t('queue.issue.button', { service: name })}
                  sx={{ width: '100%', height: '100%', p: 3, flexDirection: 'column', alignItems: 'center' }}
                >
                  <Box sx={{ fontSize: 64, fontWeight: 700, lineHeight: 1, color: 'primary.main' }}>{s.prefix}</Box>
                  <Typography variant="h6" sx={{ mt: 1, textAlign: 'center' }}>
                    {name}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('queue.issue.waiting', { count: waiting.get(s.id) ?? 0 })}
                  </Typography>
                </ButtonBase>
              </Paper>
            </Grid>
          );
        })}
      </Grid>
      {issued && (
        <IssuedTicketDialog
          ticket={issued.ticket}
          ahead={issued.ahead}
          service={serviceName(issued.service.names, locale)}
          onClose={() => setIssued(null)}
        />
      )}
    </>
  );
}
