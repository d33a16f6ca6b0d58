import { Alert, Box, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { DOCUMENT_TYPE_CODES, type DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { FieldListCard } from './FieldListCard';
import { UploadCard } from './UploadCard';
import { VersionsCard } from './VersionsCard';

/** Office-owned DOCX templates per document type (docs/templates.md): versions, upload, preview, field list. */
export function TemplatesPage() {
  const { t, tKey } = useI18n();
  const [type, setType] = useState<DocumentTypeCode>(DOCUMENT_TYPE_CODES[0]);
  const list = useQuery('templates.list', { type });
  const fields = useQuery('templates.fields', {});
  const ofType = fields.data?.types.find((x) => x.type === type);

  return (
    <Box>
      <PageHeader title={t('templates.title')} intro={t('templates.intro')} />
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('templates.builtinNote')}
      </Alert>
      <Stack direction="row" sx={{ mb: 2 }}>
        <TextField
          select
          fullWidth={false}
          size="small"
          label={t('templates.type')}
          value={type}
          onChange={(e) => setType(e.target.value as DocumentTypeCode)}
          sx={{ minWidth: 360 }}
          slotProps={{ htmlInput: { 'data-testid': 'template-type' } }}
        >
          {DOCUMENT_TYPE_CODES.map((c) => (
            <MenuItem key={c} value={c}>
              {tKey(`documents.type.${c}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <ErrorAlert error={list.error ?? fields.error} sx={{ mb: 2 }} />
      <Stack spacing={2}>
        <VersionsCard items={list.data?.items ?? []} langs={ofType?.langs ?? []} onChanged={list.reload} />
        <UploadCard type={type} onUploaded={list.reload} />
        <FieldListCard fields={ofType?.fields ?? []} />
      </Stack>
    </Box>
  );
}
