import DeleteOutline from '@mui/icons-material/DeleteOutline';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Box, Button, FormHelperText, Stack, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { formatBytes } from '../../../src-shared/domain/format';
import { useT } from '../../app/i18n';

const MAX_BYTES = 500 * 1024;
const TYPES = ['image/png', 'image/jpeg'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The logo as a data URL (documents embed it): PNG or JPEG up to 500 KB, with a preview. */
export function LogoField({
  value,
  onChange,
  serverError,
}: {
  value: string;
  onChange(value: string): void;
  serverError?: string;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (!TYPES.includes(file.type)) return setError(t('institution.logo.wrongType'));
    if (file.size > MAX_BYTES) return setError(t('institution.logo.tooLarge', { size: formatBytes(file.size) }));
    setError(null);
    onChange(await readAsDataUrl(file));
  }

  const message = error ?? serverError;
  return (
    <Stack direction="row" spacing={2} alignItems="center">
      <Box
        sx={{
          width: 112,
          height: 112,
          flexShrink: 0,
          border: '1px dashed',
          borderColor: 'divider',
          borderRadius: 1,
          display: 'grid',
          placeItems: 'center',
          bgcolor: '#fafbfc',
          overflow: 'hidden',
        }}
      >
        {value ? (
          <img
            src={value}
            alt={t('institution.logo.alt')}
            style={{ maxWidth: '100%', maxHeight: '100%' }}
            data-testid="logo-preview"
          />
        ) : (
          <Typography variant="caption" color="text.secondary" align="center">
            {t('institution.logo.none')}
          </Typography>
        )}
      </Box>
      <Stack spacing={1} alignItems="flex-start">
        <Button component="label" variant="outlined" startIcon={<UploadFileOutlined />}>
          {t('institution.logo.upload')}
          <input
            hidden
            type="file"
            accept="image/png,image/jpeg"
            onChange={(e) => void pick(e)}
            data-testid="logo-input"
          />
        </Button>
        {value && (
          <Button
            color="inherit"
            startIcon={<DeleteOutline />}
            onClick={() => {
              setError(null);
              onChange('');
            }}
          >
            {t('institution.logo.remove')}
          </Button>
        )}
        <FormHelperText error={Boolean(message)} sx={{ m: 0 }}>
          {message ?? t('institution.logo.hint')}
        </FormHelperText>
      </Stack>
    </Stack>
  );
}
