import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { downloadBase64 } from '../../../ui/ExportButton';
import { DocumentFrame, type DocumentFrameHandle } from '../../documents/DocumentFrame';

type Lang = 'uz-Latn' | 'ru';

/** The order as a document in either language: print it from the page, or save it as DOCX or PDF. */
export function PrintDialog({ order, onClose }: { order: OrderDetail; onClose(): void }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const [lang, setLang] = useState<Lang>('uz-Latn');
  const html = useQuery('orders.render', { id: order.id, lang, format: 'html' });
  const frame = useRef<DocumentFrameHandle>(null);

  async function save(format: 'docx' | 'pdf') {
    const res = await call('orders.render', { id: order.id, lang, format });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="print-title">
      <DialogTitle id="print-title">
        <Stack direction="row" justifyContent="space-between" alignItems="center">
          <span>{t('orders.print.title')}</span>
          <ToggleButtonGroup size="small" exclusive value={lang} onChange={(_e, v: Lang | null) => v && setLang(v)}>
            <ToggleButton value="uz-Latn" data-testid="print-lang-uz">
              {t('orders.lang.uz')}
            </ToggleButton>
            <ToggleButton value="ru" data-testid="print-lang-ru">
              {t('orders.lang.ru')}
            </ToggleButton>
          </ToggleButtonGroup>
        </Stack>
      </DialogTitle>
      <DialogContent>
        <ErrorAlert error={html.error} />
        {html.data && !html.loading ? (
          <DocumentFrame ref={frame} html={html.data.data} title={t('orders.print.title')} />
        ) : (
          !html.error && <LinearProgress />
        )}
      </DialogContent>
      <DialogActions>
        <Button startIcon={<FileDownloadOutlined />} onClick={() => void save('docx')} data-testid="order-docx">
          DOCX
        </Button>
        <Button startIcon={<FileDownloadOutlined />} onClick={() => void save('pdf')} data-testid="order-pdf">
          PDF
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button
          variant="contained"
          startIcon={<PrintOutlined />}
          disabled={!html.data}
          onClick={() => frame.current?.print()}
          data-testid="order-print"
        >
          {t('orders.print.action')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
