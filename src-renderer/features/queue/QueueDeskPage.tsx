import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import ConfirmationNumberOutlined from '@mui/icons-material/ConfirmationNumberOutlined';
import TvOutlined from '@mui/icons-material/TvOutlined';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Grid,
  Link,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { QueueTicket } from '../../../src-shared/contract/queue';
import { formatDuration, secondsBetween } from '../../../src-shared/domain/queue';
import type { Envelope } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { IntakeDialog } from '../requests/IntakeDialog';
import { HALL_HREF, serviceName, usePolling } from './queue-format';

type TicketChannel = 'queue.recall' | 'queue.startServing' | 'queue.noShow';

/** A request taken for the visitor at the window, linked to their ticket when it is closed. */
interface TakenRequest {
  ticketId: string;
  id: string;
  number: string;
}

/**
 * The operator's screen: pick my window, call the next visitor, take their request (of the type the ticket's
 * service is linked to) and close their ticket (recall when they do not come, no-show, done — done links the
 * request taken). The waiting counts keep moving as tickets are issued, so the page polls.
 */
export function QueueDeskPage({ shell }: { shell: ShellDef }) {
  const { t, tKey, locale } = useI18n();
  const notify = useNotify();
  const { user } = useUser();
  const settings = useQuery('queue.settings', {});
  const windows = (settings.data?.windows ?? []).filter((w) => w.active);
  const [picked, setPicked] = useState('');
  const windowId = picked || windows.find((w) => w.operatorId === user.id)?.id || '';
  const desk = useQuery('queue.desk', windowId ? { windowId } : {});
  usePolling(desk.reload, 5000);
  const [busy, setBusy] = useState(false);
  const services = new Map((settings.data?.services ?? []).map((s) => [s.id, s]));
  const current = desk.data?.current ?? null;
  const [intake, setIntake] = useState(false);
  const [taken, setTaken] = useState<TakenRequest | null>(null);
  const takenHere = taken && current && taken.ticketId === current.id ? taken : null;
  const takenPath = takenHere ? pagePath(shell, user.role, 'requestDetail', takenHere.id) : null;
  const studentPath = current?.studentId ? pagePath(shell, user.role, 'studentCard', current.studentId) : null;

  async function run<T>(action: () => Promise<Envelope<T>>): Promise<T | null> {
    setBusy(true);
    const res = await action();
    setBusy(false);
    desk.reload();
    if (!res.ok) notify(tKey(res.error.key, res.error.params), 'error');
    return res.ok ? res.data : null;
  }

  async function chooseWindow(id: string) {
    setPicked(id);
    await run(() => call('queue.takeWindow', { windowId: id }));
    settings.reload();
  }

  async function callNext() {
    const data = await run(() => call('queue.callNext', { windowId }));
    if (data && data.ticket === null) notify(t('queue.desk.nobodyWaiting'), 'info');
  }

  const act = (channel: TicketChannel, ticket: QueueTicket) => run(() => call(channel, { id: ticket.id }));
  const finish = async (ticket: QueueTicket) => {
    const done = await run(() => call('queue.finish', { id: ticket.id, requestId: takenHere?.id ?? null }));
    if (done) setTaken(null);
  };

  return (
    <>
      <PageHeader
        title={t('queue.desk.title')}
        intro={t('queue.desk.intro')}
        actions={
          <>
            <Button
              size="small"
              variant="outlined"
              color="inherit"
              startIcon={<ConfirmationNumberOutlined />}
              component={RouterLink}
              to={`/${shell.id}/queue-issue`}
            >
              {t('nav.queueIssue')}
            </Button>
            <Button
              size="small"
              variant="outlined"
              color="inherit"
              startIcon={<TvOutlined />}
              href={HALL_HREF}
              target="_blank"
              rel="noopener"
            >
              {t('queue.desk.openHall')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={settings.error ?? desk.error} sx={{ mb: 2 }} />
      <TextField
        select
        size="small"
        label={t('queue.desk.window')}
        value={windowId}
        onChange={(e) => void chooseWindow(e.target.value)}
        sx={{ width: 260, mb: 2 }}
        helperText={windowId ? undefined : t('queue.desk.chooseWindow')}
      >
        {windows.map((w) => (
          <MenuItem key={w.id} value={w.id}>
            {t('queue.desk.windowLabel', { window: w.label })}
          </MenuItem>
        ))}
      </TextField>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card>
            <CardContent>
              <Typography variant="overline">{t('queue.desk.current')}</Typography>
              {current ? (
                <Stack spacing={1}>
                  <Stack direction="row" spacing={2} alignItems="center">
                    <Typography variant="h2" component="p" data-testid="current-ticket" sx={{ fontWeight: 700 }}>
                      {current.label}
                    </Typography>
                    <Chip
                      label={t(`queue.status.${current.status}`)}
                      color={current.status === 'serving' ? 'success' : 'primary'}
                    />
                  </Stack>
                  <Typography>
                    {services.get(current.serviceId) ? serviceName(services.get(current.serviceId)!.names, locale) : ''}
                  </Typography>
                  {current.studentId && current.studentName && (
                    <Typography data-testid="ticket-student" sx={{ fontWeight: 600 }}>
                      {studentPath ? (
                        <Link component={RouterLink} to={studentPath}>
                          {current.studentName}
                        </Link>
                      ) : (
                        current.studentName
                      )}
                    </Typography>
                  )}
                  <Typography variant="body2" color="text.secondary">
                    {t('queue.desk.waited', {
                      time: formatDuration(secondsBetween(current.issuedAt, current.calledAt)),
                    })}
                    {current.recalls > 0 && ` · ${t('queue.desk.recalls', { count: current.recalls })}`}
                  </Typography>
                  {takenHere && (
                    <Typography variant="body2" data-testid="ticket-request">
                      {t('queue.desk.requestTaken')}{' '}
                      {takenPath ? (
                        <Link component={RouterLink} to={takenPath}>
                          {takenHere.number}
                        </Link>
                      ) : (
                        takenHere.number
                      )}
                    </Typography>
                  )}
                </Stack>
              ) : (
                <Typography color="text.secondary" data-testid="current-ticket-none" sx={{ py: 2 }}>
                  {t('queue.desk.noCurrent')}
                </Typography>
              )}
              <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 2, flexWrap: 'wrap' }}>
                <Button
                  variant="contained"
                  size="large"
                  startIcon={<CampaignOutlined />}
                  disabled={!windowId || current !== null || busy}
                  onClick={() => void callNext()}
                >
                  {t('queue.desk.callNext')}
                </Button>
                {current && current.status === 'called' && (
                  <>
                    <Button variant="outlined" disabled={busy} onClick={() => void act('queue.recall', current)}>
                      {t('queue.desk.recall')}
                    </Button>
                    <Button variant="outlined" disabled={busy} onClick={() => void act('queue.startServing', current)}>
                      {t('queue.desk.startServing')}
                    </Button>
                    <Button
                      variant="outlined"
                      color="warning"
                      disabled={busy}
                      onClick={() => void act('queue.noShow', current)}
                    >
                      {t('queue.desk.noShow')}
                    </Button>
                  </>
                )}
                {current && !takenHere && (
                  <Button
                    variant="outlined"
                    startIcon={<AssignmentOutlined />}
                    disabled={busy}
                    onClick={() => setIntake(true)}
                  >
                    {t('queue.desk.takeRequest')}
                  </Button>
                )}
                {current && (
                  <Button variant="contained" color="success" disabled={busy} onClick={() => void finish(current)}>
                    {t('queue.desk.done')}
                  </Button>
                )}
              </Stack>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Card>
            <CardContent>
              <Typography variant="overline">{t('queue.desk.waiting')}</Typography>
              <List dense data-testid="queue-waiting">
                {(desk.data?.waiting ?? []).map((c) => {
                  const s = services.get(c.serviceId);
                  if (!s) return null;
                  return (
                    <ListItem key={c.serviceId} secondaryAction={<Typography variant="h6">{c.waiting}</Typography>}>
                      <ListItemText primary={`${s.prefix} — ${serviceName(s.names, locale)}`} />
                    </ListItem>
                  );
                })}
              </List>
              {windowId && (
                <Box sx={{ mt: 1 }}>
                  <Typography variant="overline">{t('queue.desk.next')}</Typography>
                  <Typography data-testid="queue-next">
                    {(desk.data?.next ?? []).map((n) => n.label).join(', ') || t('queue.desk.nobodyWaiting')}
                  </Typography>
                </Box>
              )}
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {intake && current && (
        <IntakeDialog
          open
          student={
            current.studentId && current.studentName ? { id: current.studentId, fullName: current.studentName } : null
          }
          initialTypeId={services.get(current.serviceId)?.requestTypeId ?? ''}
          onClose={() => setIntake(false)}
          onCreated={(r) => {
            setIntake(false);
            setTaken({ ticketId: current.id, id: r.id, number: r.number });
            notify(t('requests.intake.done', { number: r.number }));
          }}
        />
      )}
    </>
  );
}
