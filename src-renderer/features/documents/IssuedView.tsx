import BlockOutlined from '@mui/icons-material/BlockOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { DOCUMENT_ISSUERS, type IssuedDocument } from '../../../src-shared/contract/documents';
import { formatDate } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { downloadBase64 } from '../../ui/ExportButton';
import { DocumentFrame, type DocumentFrameHandle } from './DocumentFrame';
import { VoidDialog } from './VoidDialog';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** An issued document as it prints (from its snapshot), with its register number, print, .docx and void. */
export function IssuedView({
  doc: initial,
  onClose,
  onChanged,
  justIssued,
}: {
  doc: IssuedDocument;
  onClose(): void;
  onChanged?(): void;
  justIssued?: boolean;
}) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const [doc, setDoc] = useState(initial);
  const [voiding, setVoiding] = useState(false);
  const html = useQuery('documents.render', { id: doc.id, format: 'html' });
  const frame = useRef<DocumentFrameHandle>(null);

  async function save(format: 'docx' | 'pdf') {
    const res = await call('documents.render', { id: doc.id, format });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, format === 'pdf' ? 'application/pdf' : DOCX);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="issued-title">
      <DialogTitle id="issued-title">
        <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap>
          <span>{tKey(`documents.type.${doc.type}`)}</span>
          <Chip label={`№ ${doc.registerNumber}`} color="primary" data-testid="register-number" />
          {doc.status === 'void' && <Chip label={t('documents.status.void')} color="error" data-testid="void-chip" />}
        </Stack>
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {justIssued && (
            <Alert severity="success" data-testid="issued-alert">
              {t('documents.issue.done', { number: doc.registerNumber })}
            </Alert>
          )}
          {doc.status === 'void' && (
            <Alert severity="error">
              {t('documents.void.shown', { reason: doc.voidReason ?? '', date: formatDate(doc.voidedAt) })}
            </Alert>
          )}
          <Typography variant="body2" color="text.secondary">
            {t('documents.issued.meta', {
              date: formatDate(doc.issuedOn),
              by: doc.issuedByName || '—',
              version: doc.templateVersion.startsWith('template-')
                ? t('documents.issued.officeTemplate', { version: doc.templateVersion.split('@')[1] ?? '' })
                : t('documents.issued.builtIn'),
            })}
          </Typography>
          {html.error && <ErrorAlert error={html.error} />}
          {html.data ? (
            <DocumentFrame ref={frame} html={html.data.data} title={doc.registerNumber} />
          ) : (
            !html.error && <LinearProgress />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {doc.status === 'issued' && DOCUMENT_ISSUERS.includes(user.role) && (
          <Button
            color="error"
            startIcon={<BlockOutlined />}
            onClick={() => setVoiding(true)}
            data-testid="void-document"
            sx={{ mr: 'auto' }}
          >
            {t('documents.void.action')}
          </Button>
        )}
        <Button startIcon={<FileDownloadOutlined />} onClick={() => void save('docx')} data-testid="save-docx">
          {t('documents.issued.saveDocx')}
        </Button>
        <Button startIcon={<FileDownloadOutlined />} onClick={() => void save('pdf')} data-testid="save-pdf">
          {t('documents.issued.savePdf')}
        </Button>
        <Button
          startIcon={<PrintOutlined />}
          variant="contained"
          onClick={() => frame.current?.print()}
          disabled={!html.data}
          data-testid="print-document"
        >
          {t('documents.issued.print')}
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
      {voiding && (
        <VoidDialog
          doc={doc}
          onClose={() => setVoiding(false)}
          onVoided={(d) => {
            setVoiding(false);
            setDoc(d);
            html.reload();
            onChanged?.();
          }}
        />
      )}
    </Dialog>
  );
}
