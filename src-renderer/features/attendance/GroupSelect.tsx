import { Autocomplete, TextField } from '@mui/material';
import { useI18n } from '../../app/i18n';

interface Group {
  id: string;
  name: string;
}

/**
 * A group picked by typing part of its name: a university has hundreds of groups, too many for a
 * plain menu. '' means none (the lists then show every group).
 */
export function GroupSelect({
  groups,
  value,
  onChange,
  testId,
}: {
  groups: readonly Group[];
  value: string;
  onChange(id: string): void;
  testId: string;
}) {
  const { t } = useI18n();
  const selected = groups.find((g) => g.id === value) ?? null;
  return (
    <Autocomplete
      size="small"
      sx={{ width: 200 }}
      openOnFocus
      options={groups}
      value={selected}
      getOptionLabel={(g) => g.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, g) => onChange(g?.id ?? '')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('attendance.filter.group')}
          slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': testId } }}
        />
      )}
    />
  );
}
