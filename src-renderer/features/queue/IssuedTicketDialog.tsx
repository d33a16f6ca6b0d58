import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useRef } from 'react';
import type { QueueTicket } from '../../../src-shared/contract/queue';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { DocumentFrame, type DocumentFrameHandle } from '../documents/DocumentFrame';

/** The ticket just issued, large, with its slip ready to print (the slip is what the visitor takes away). */
export function IssuedTicketDialog({
  ticket,
  ahead,
  service,
  onClose,
}: {
  ticket: QueueTicket;
  ahead: number;
  service: string;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const slip = useQuery('queue.slip', { id: ticket.id, lang: locale });
  const frame = useRef<DocumentFrameHandle>(null);
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('queue.issue.issuedTitle')}</DialogTitle>
      <DialogContent>
        <Stack alignItems="center" spacing={0.5} sx={{ mb: 2 }}>
          <Typography variant="h2" component="p" data-testid="issued-ticket" sx={{ fontWeight: 700 }}>
            {ticket.label}
          </Typography>
          <Typography>{service}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('queue.issue.ahead', { count: ahead })}
          </Typography>
        </Stack>
        {slip.data && <DocumentFrame ref={frame} html={slip.data.html} title={ticket.label} height={300} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button
          variant="contained"
          startIcon={<PrintOutlined />}
          disabled={!slip.data}
          onClick={() => frame.current?.print()}
        >
          {t('queue.issue.print')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
