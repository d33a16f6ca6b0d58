import { MenuItem, TextField } from '@mui/material';
import { useI18n } from '../../app/i18n';

/** One filter of a list: "All" plus the options; '' means no filter. */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
  testId,
  allLabel,
  minWidth = 180,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  testId: string;
  /** Without it the select has no "All" item (a value must be chosen). */
  allLabel?: string | false;
  minWidth?: number;
}) {
  const { t } = useI18n();
  return (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth }}
      slotProps={{
        htmlInput: { 'data-testid': testId },
        select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } } },
      }}
    >
      {allLabel !== false && <MenuItem value="">{allLabel ?? t('attendance.filter.all')}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
