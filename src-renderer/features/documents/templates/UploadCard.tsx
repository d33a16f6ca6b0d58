import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { TEMPLATE_MAX_BYTES } from '../../../../src-shared/contract/document-templates';
import type { DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import { formatBytes } from '../../../../src-shared/domain/format';
import { useMutation } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { SectionCard } from '../../../ui/SectionCard';
import { readFileBase64 } from '../../student-import/file-base64';
import { TemplateErrorAlert } from './TemplateErrorAlert';

/** A new version of the type's template: name, file, upload; the backend checks the file and says what is wrong. */
export function UploadCard({ type, onUploaded }: { type: DocumentTypeCode; onUploaded(): void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const upload = useMutation('templates.upload');
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const tooLarge = !!file && file.size > TEMPLATE_MAX_BYTES;

  async function send() {
    if (!file) return;
    const res = await upload.run({
      type,
      name: name.trim() || file.name.replace(/\.docx$/i, ''),
      fileName: file.name,
      data: await readFileBase64(file),
    });
    if (!res.ok) return;
    notify(t('templates.upload.done', { version: res.data.version }), 'success');
    setFile(null);
    setName('');
    onUploaded();
  }

  return (
    <SectionCard title={t('templates.upload.title')} hint={t('templates.upload.hint')}>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} alignItems={{ md: 'center' }}>
          <TextField
            size="small"
            label={t('templates.upload.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            sx={{ minWidth: 280 }}
            slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'template-name' } }}
          />
          <Button
            component="label"
            variant="outlined"
            startIcon={<UploadFileOutlined />}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {file ? `${file.name} (${formatBytes(file.size)})` : t('templates.upload.choose')}
            <input
              hidden
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              data-testid="template-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                upload.clearError();
                e.target.value = '';
              }}
            />
          </Button>
          <Button
            variant="contained"
            disabled={!file || tooLarge || upload.busy}
            onClick={() => void send()}
            data-testid="template-upload"
          >
            {t('templates.upload.action')}
          </Button>
        </Stack>
        <TemplateErrorAlert
          error={
            tooLarge
              ? { code: 'VALIDATION', key: 'error.templates.tooLarge', message: '', params: { max: '5 MB' } }
              : upload.error
          }
        />
      </Stack>
    </SectionCard>
  );
}
