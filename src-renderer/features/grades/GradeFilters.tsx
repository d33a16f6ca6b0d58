import { MenuItem, Stack, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { yearName } from './grade-format';

export interface FilterValue {
  departmentId: string;
  course: string;
  groupId: string;
  educationYear: string;
}

export const NO_FILTER: FilterValue = { departmentId: '', course: '', groupId: '', educationYear: '' };

/** The filter as channel input: empty choices are left out. */
export function filterInput(f: FilterValue) {
  return {
    ...(f.departmentId ? { departmentId: f.departmentId } : {}),
    ...(f.course ? { course: Number(f.course) } : {}),
    ...(f.groupId ? { groupId: f.groupId } : {}),
    ...(f.educationYear ? { educationYear: f.educationYear } : {}),
  };
}

/** Faculty → course → group (each narrowing the next) and academic year, for the grade lists. */
export function GradeFilters({
  value,
  onChange,
  children,
}: {
  value: FilterValue;
  onChange(v: FilterValue): void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const options = useQuery('grades.filters', {}).data;
  const groups = (options?.groups ?? []).filter(
    (g) =>
      (!value.departmentId || g.facultyId === value.departmentId) &&
      (!value.course || g.course === Number(value.course)),
  );
  const courses = [...new Set((options?.groups ?? []).map((g) => g.course))].sort();
  const select = (
    name: keyof FilterValue,
    label: string,
    items: { id: string; name: string }[],
    reset: Partial<FilterValue> = {},
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={value[name]}
      onChange={(e) => onChange({ ...value, ...reset, [name]: e.target.value })}
      sx={{ minWidth: 160 }}
      slotProps={{
        inputLabel: { shrink: true },
        select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': `filter-${name}` } as object },
      }}
    >
      <MenuItem value="">{t('common.all')}</MenuItem>
      {items.map((i) => (
        <MenuItem key={i.id} value={i.id}>
          {i.name}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
      {select('departmentId', t('grades.filter.faculty'), options?.faculties ?? [], { groupId: '' })}
      {select(
        'course',
        t('grades.filter.course'),
        courses.map((c) => ({ id: String(c), name: String(c) })),
        { groupId: '' },
      )}
      {select('groupId', t('grades.filter.group'), groups)}
      {select(
        'educationYear',
        t('grades.filter.year'),
        (options?.years ?? []).map((y) => ({ id: y, name: yearName(y) })),
      )}
      {children}
    </Stack>
  );
}
