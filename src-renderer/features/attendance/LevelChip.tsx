import { Chip, type ChipProps } from '@mui/material';
import { useI18n } from '../../app/i18n';
import { LEVEL_COLORS, type AlertKind } from './attendance-format';

/** Warning / reprimand / expulsion risk / barred, coloured by gravity; "within limits" only when asked. */
export function LevelChip({
  level,
  size = 'small',
  showNone = false,
}: {
  level: AlertKind;
  size?: ChipProps['size'];
  showNone?: boolean;
}) {
  const { t } = useI18n();
  if (level === 'none' && !showNone) return null;
  return (
    <Chip
      size={size}
      color={LEVEL_COLORS[level]}
      variant={level === 'none' || level === 'barred' ? 'outlined' : 'filled'}
      label={t(`attendance.level.${level}`)}
      data-testid={`level-${level}`}
    />
  );
}
