import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { departmentLabel, facultiesOf } from './bulk-format';

/** Faculty picker of the bulk screens: '' means every faculty. */
export function FacultySelect({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange(id: string): void;
  disabled?: boolean;
}) {
  const { t, locale } = useI18n();
  const departments = useQuery('structure.departments', {});
  const faculties = facultiesOf(departments.data);
  return (
    <TextField
      select
      size="small"
      label={t('movements.field.faculty')}
      value={faculties.some((f) => f.id === value) ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      disabled={disabled}
      sx={{ minWidth: 240, maxWidth: 480 }}
      slotProps={{
        inputLabel: { shrink: true },
        select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'filter-faculty' } as object },
      }}
    >
      <MenuItem value="">{t('common.all')}</MenuItem>
      {faculties.map((f) => (
        <MenuItem key={f.id} value={f.id}>
          {departmentLabel(f, locale)}
        </MenuItem>
      ))}
    </TextField>
  );
}
