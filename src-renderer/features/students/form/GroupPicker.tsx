import { Autocomplete, Box, TextField, Typography, createFilterOptions } from '@mui/material';
import type { ChannelOutput } from '../../../../src-shared/contract';
import { useI18n } from '../../../app/i18n';

type Group = ChannelOutput<'students.groups'>[number];

// Group names are typed without their punctuation at the counter ("ki2301" for KI-23-01).
const squash = (s: string) => s.toLowerCase().replace(/[\s\-_./]/g, '');
const filter = createFilterOptions<Group>({ limit: 50, stringify: (g) => `${squash(g.name)} ${g.name.toLowerCase()}` });

/** The student's group (which sets faculty, specialty, course, form and language), found by name. */
export function GroupPicker({
  groups,
  value,
  onChange,
  error,
  helperText,
  loading,
}: {
  groups: readonly Group[];
  value: string | null;
  onChange(id: string | null): void;
  error: boolean;
  helperText?: string;
  loading: boolean;
}) {
  const { t } = useI18n();
  const selected = groups.find((g) => g.id === value) ?? null;
  return (
    <Autocomplete
      options={groups as Group[]}
      value={selected}
      loading={loading}
      onChange={(_e, g) => onChange(g?.id ?? null)}
      getOptionLabel={(g) => g.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(options, state) => filter(options, { ...state, inputValue: squash(state.inputValue) })}
      noOptionsText={t('studentForm.group.none')}
      loadingText={t('studentForm.group.loading')}
      renderOption={({ key, ...props }, g) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1.5, alignItems: 'baseline' }}>
          <Typography fontWeight={600}>{g.name}</Typography>
          <Typography variant="body2" color="text.secondary" noWrap>
            {t('student.courseN', { course: g.course })} · {g.faculty}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('auditField.groupId')}
          name="groupId"
          error={error}
          helperText={
            helperText ??
            (selected
              ? `${t('student.courseN', { course: selected.course })} · ${selected.faculty}`
              : t('studentForm.group.hint'))
          }
        />
      )}
      data-testid="group-picker"
    />
  );
}
