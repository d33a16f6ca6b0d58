import { Box } from '@mui/material';
import { useT } from '../../app/i18n';

const MAX_SHOWN = 160;

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
