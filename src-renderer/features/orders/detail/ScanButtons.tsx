import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import { Button } from '@mui/material';
import { useRef } from 'react';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { call } from '../../../api/client';
import { useMutation } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { downloadBase64 } from '../../../ui/ExportButton';
import { readFileBase64 } from '../../student-import/file-base64';

const TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
type ScanType = (typeof TYPES)[number];
/** The contract takes ≤ 14,000,000 base64 characters: 10 MB of file. */
const MAX_BYTES = 10 * 1024 * 1024;

/** The signed paper order: attach its scan (PDF, JPEG or PNG) once approved, and open it later. */
export function ScanButtons({
  order,
  mayAttach,
  onChanged,
}: {
  order: OrderDetail;
  mayAttach: boolean;
  onChanged(next: OrderDetail): void;
}) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const attach = useMutation('orders.attachScan');

  async function chosen(file: File | undefined) {
    if (!file) return;
    if (!TYPES.includes(file.type as ScanType)) return notify(t('orders.scan.wrongType'), 'error');
    if (file.size === 0 || file.size > MAX_BYTES) return notify(t('orders.scan.tooLarge'), 'error');
    const res = await attach.run({
      id: order.id,
      fileName: file.name,
      mimeType: file.type as ScanType,
      data: await readFileBase64(file),
    });
    if (res.ok) {
      notify(t('orders.scan.attached'));
      onChanged(res.data);
    } else notify(tKey(res.error.key, res.error.params), 'error');
  }

  async function open() {
    const res = await call('orders.scan', { id: order.id });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <>
      {order.scan && (
        <Button startIcon={<DescriptionOutlined />} onClick={() => void open()} data-testid="open-scan">
          {t('orders.scan.open')}
        </Button>
      )}
      {mayAttach && (
        <>
          <Button
            startIcon={<AttachFileOutlined />}
            disabled={attach.busy}
            onClick={() => input.current?.click()}
            data-testid="attach-scan"
          >
            {order.scan ? t('orders.scan.replace') : t('orders.scan.attach')}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            accept={TYPES.join(',')}
            data-testid="scan-file-input"
            onChange={(e) => {
              void chosen(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </>
      )}
    </>
  );
}
