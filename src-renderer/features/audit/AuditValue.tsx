import { Box } from '@mui/material';
import { formatDateTime } from '../../../src-shared/domain/format';
import { useT } from '../../app/i18n';

const MAX_SHOWN = 160;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** One stored value as an auditor needs to read it: exact, but booleans and blanks made legible. */
export function AuditValue({ value }: { value: unknown }) {
  const t = useT();
  if (value === null || value === undefined) {
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        —
      </Box>
    );
  }
  if (value === '') {
    return (
      <Box component="span" sx={{ color: 'text.disabled', fontStyle: 'italic' }}>
        {t('audit.emptyValue')}
      </Box>
    );
  }
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    // Stored in UTC; the office reads local time, to the second.
    const seconds = String(new Date(value).getSeconds()).padStart(2, '0');
    return <span title={value}>{`${formatDateTime(value)}:${seconds}`}</span>;
  }
  if (typeof value === 'string' && /^data:image\/(png|jpeg);base64,/.test(value)) {
    // A logo or photo: the picture says more than its base64 text.
    return (
      <Box
        component="img"
        src={value}
        alt=""
        title={`${value.slice(0, 40)}… (${value.length})`}
        sx={{ maxHeight: 48, maxWidth: 120, display: 'block', border: '1px solid', borderColor: 'divider' }}
      />
    );
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return (
    <Box
      component="span"
      title={text.length > MAX_SHOWN ? text : undefined}
      sx={{ wordBreak: 'break-word', fontFamily: typeof value === 'string' ? undefined : 'monospace' }}
    >
      {shown}
    </Box>
  );
}
