import CalculateOutlined from '@mui/icons-material/CalculateOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { contract, roleMayCall } from '../../../src-shared/contract';
import type { RequestDetail } from '../../../src-shared/contract/requests';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import { isBackward, needsReason, nextStatuses, type RequestStatus } from '../../../src-shared/domain/request-workflow';
import { typeName } from '../../../src-shared/domain/request-types';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { DeadlineChip, RequestStatusChip } from './RequestChips';
import { printReceipt } from './print-receipt';
import { RequestWork } from './RequestWork';

/** Request types whose answer starts with a fee: their page opens the calculator on the student (and tab). */
const FEE_TABS: Partial<Record<string, 'contract' | 'restudy'>> = {
  restudy: 'restudy',
  restudyContract: 'restudy',
  paymentContract: 'contract',
};

/** The button for a move: forward moves say what they do, the two backward ones say they go back. */
export const actionKey = (from: RequestStatus, to: RequestStatus): string =>
  isBackward(from, to) ? `requests.action.back.${to}` : `requests.action.${to}`;

/** One request: its status actions, who works it, notes, scans, linked papers and history. */
export function RequestPage({ shell }: { shell: ShellDef }) {
  const { id = '' } = useParams();
  const { t, tKey, tOr, locale } = useI18n();
  const { user } = useUser();
  const query = useQuery('requests.get', { id });
  const [fresh, setFresh] = useState<RequestDetail | null>(null);
  const request = fresh?.id === id ? fresh : query.data;
  const move = useMutation('requests.transition');
  const [asking, setAsking] = useState<RequestStatus | null>(null);
  const [reason, setReason] = useState('');
  const mayWork = roleMayCall(user.role, contract['requests.transition'].access);

  async function go(to: RequestStatus, why?: string) {
    if (!request) return;
    const res = await move.run({ id: request.id, to, ...(why ? { reason: why } : {}) });
    if (res.ok) {
      setFresh(res.data);
      setAsking(null);
      setReason('');
    }
  }

  if (!request) return <ErrorAlert error={query.error} />;
  const moves = mayWork ? nextStatuses(request.status) : [];
  const cardPath = request.studentId ? pagePath(shell, user.role, 'studentCard', request.studentId) : null;
  const feeTab = FEE_TABS[request.typeCode];
  const calculatorPath = request.studentId && feeTab ? pagePath(shell, user.role, 'feesCalculator') : null;
  const receipt = () =>
    printReceipt(
      {
        title: t('requests.receipt.title'),
        number: request.number,
        facts: [
          { label: t('requests.col.type'), value: typeName(request.typeNames, locale) },
          { label: t('requests.col.applicant'), value: request.applicantName },
          { label: t('requests.col.received'), value: formatDate(request.receivedOn) },
          { label: t('requests.col.due'), value: formatDate(request.dueOn) },
        ],
        bringLabel: t('requests.receipt.bring'),
        bring: request.requiredAttachments.map((a) => typeName(a.names, locale)),
      },
      locale,
    );

  return (
    <Box>
      <PageHeader
        title={`${request.number} · ${typeName(request.typeNames, locale)}`}
        actions={[
          <Button key="receipt" startIcon={<PrintOutlined />} onClick={receipt}>
            {t('requests.receipt.print')}
          </Button>,
          ...(calculatorPath && request.studentId
            ? [
                <Button
                  key="fees"
                  startIcon={<CalculateOutlined />}
                  component={RouterLink}
                  to={`${calculatorPath}?student=${encodeURIComponent(request.studentId)}&tab=${feeTab}`}
                >
                  {t(feeTab === 'restudy' ? 'requests.detail.restudyFee' : 'requests.detail.contractFee')}
                </Button>,
              ]
            : []),
          ...moves.map((to) => (
            <Button
              key={to}
              variant={isBackward(request.status, to) || to === 'rejected' ? 'outlined' : 'contained'}
              color={to === 'rejected' ? 'error' : 'primary'}
              disabled={move.busy}
              onClick={() => (needsReason(request.status, to) ? setAsking(to) : void go(to))}
              data-testid={`request-action-${to}`}
            >
              {tKey(actionKey(request.status, to))}
            </Button>
          )),
        ]}
      />
      {!asking && <ErrorAlert error={move.error} sx={{ mb: 2 }} />}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SectionCard title={t('requests.detail.about')} fill>
            <Stack spacing={1} data-testid="request-about">
              <Stack direction="row" spacing={1} alignItems="center">
                <RequestStatusChip status={request.status} />
                <DeadlineChip request={request} />
              </Stack>
              <Typography variant="body1" sx={{ fontWeight: 600 }}>
                {cardPath ? (
                  <Link component={RouterLink} to={cardPath}>
                    {request.applicantName}
                  </Link>
                ) : (
                  request.applicantName
                )}
                {request.studentIdNumber ? ` · ${request.studentIdNumber}` : ''}
              </Typography>
              {!request.studentId && (
                <Typography variant="body2">
                  {t('requests.visitor')}
                  {request.visitorPhone ? ` · ${request.visitorPhone}` : ''}
                  {request.visitorPinfl ? ` · ${request.visitorPinfl}` : ''}
                </Typography>
              )}
              <Typography variant="body2">
                {t('requests.detail.dates', {
                  received: formatDate(request.receivedOn),
                  due: formatDate(request.dueOn),
                })}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('requests.detail.takenBy', { name: request.createdByName })}
              </Typography>
              {request.description && <Typography variant="body2">{request.description}</Typography>}
              {request.rejectReason && (
                <Typography variant="body2" color="error" data-testid="reject-reason">
                  {t('requests.detail.rejected', { reason: request.rejectReason })}
                </Typography>
              )}
            </Stack>
          </SectionCard>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <RequestWork request={request} mayWork={mayWork} onChanged={setFresh} />
        </Grid>
        <Grid size={12}>
          <SectionCard title={t('requests.detail.history')}>
            <List dense data-testid="request-history">
              {request.events.map((e) => (
                <ListItem key={e.id} disableGutters>
                  <ListItemText
                    primary={
                      e.kind === 'status' && e.toStatus
                        ? tKey(`requests.status.${e.toStatus}`)
                        : tOr(`requests.event.${e.kind}`, e.kind)
                    }
                    secondary={[formatDateTime(e.at), e.userName, e.text].filter(Boolean).join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          </SectionCard>
        </Grid>
      </Grid>
      <Dialog open={asking !== null} onClose={() => setAsking(null)} fullWidth maxWidth="xs">
        <DialogTitle>{asking && tKey(actionKey(request.status, asking))}</DialogTitle>
        <DialogContent>
          <ErrorAlert error={move.error} fields={[]} sx={{ mb: 1 }} />
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            label={t('requests.detail.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{t('requests.cancel')}</Button>
          <Button
            variant="contained"
            disabled={move.busy || reason.trim() === ''}
            onClick={() => asking && void go(asking, reason)}
          >
            {t('requests.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
