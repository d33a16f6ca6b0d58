import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress } from '@mui/material';
import { useRef } from 'react';
import type { Locale } from '../../../src-shared/contract/common';
import type { KbCategory } from '../../../src-shared/contract/infodesk';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { downloadBase64 } from '../../ui/ExportButton';
import { DocumentFrame, type DocumentFrameHandle } from '../documents/DocumentFrame';

export type HandoutSelection = { ids: string[] } | { category: KbCategory; lang?: Locale };

/** The handout as it will print (one A4 sheet per article): print it from here or save it as DOCX. */
export function HandoutDialog({
  selection,
  title,
  onClose,
}: {
  selection: HandoutSelection;
  title: string;
  onClose(): void;
}) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const html = useQuery('infodesk.handout', { ...selection, format: 'html' });
  const frame = useRef<DocumentFrameHandle>(null);

  async function docx() {
    const res = await call('infodesk.handout', { ...selection, format: 'docx' });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="infodesk-handout-title">
      <DialogTitle id="infodesk-handout-title">
        {t('infodesk.handoutTitle')}: {title}
      </DialogTitle>
      <DialogContent>
        <ErrorAlert error={html.error} />
        {html.data && !html.loading ? (
          <DocumentFrame ref={frame} html={html.data.data} title={t('infodesk.handoutTitle')} />
        ) : (
          !html.error && <LinearProgress />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button startIcon={<FileDownloadOutlined />} disabled={!html.data} onClick={() => void docx()}>
          {t('infodesk.docx')}
        </Button>
        <Button
          variant="contained"
          startIcon={<PrintOutlined />}
          disabled={!html.data}
          onClick={() => frame.current?.print()}
          data-testid="infodesk-handout-print"
        >
          {t('infodesk.print')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
