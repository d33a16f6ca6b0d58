import { Chip, type ChipProps } from '@mui/material';
import { useI18n } from '../../app/i18n';
import { codeName, statusColor } from './classifiers';

/** The HEMIS student status (`h_student_status` 10–14) as a coloured chip. */
export function StatusChip({ status, size = 'small' }: { status: string; size?: ChipProps['size'] }) {
  const { tOr } = useI18n();
  const color = statusColor(status);
  return (
    <Chip
      size={size}
      label={codeName(tOr, 'status', status)}
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      data-testid="status-chip"
      data-status={status}
      sx={{ fontWeight: 600 }}
    />
  );
}
