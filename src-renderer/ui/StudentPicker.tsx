import { Autocomplete, TextField, type SxProps, type Theme } from '@mui/material';
import { useEffect, useState } from 'react';
import type { StudentListItem } from '../../src-shared/contract/students';
import { call } from '../api/client';

export interface PickedStudent {
  id: string;
  label: string;
}

/** "Surname Name Patronymic · group · ID", as the pickers show a student. */
export function studentLabel(
  s: Pick<StudentListItem, 'lastName' | 'firstName' | 'patronymic' | 'group' | 'studentIdNumber'>,
) {
  return [`${s.lastName} ${s.firstName} ${s.patronymic}`.trim(), s.group, s.studentIdNumber]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Finds a student as the counter search does (name in any script, ID, PINFL) as you type: the timetable, the
 * fee calculator and the contract form pick their student with it.
 */
export function StudentPicker({
  value,
  onChange,
  label,
  placeholder,
  testId,
  sx,
}: {
  value: PickedStudent | null;
  onChange(s: PickedStudent | null): void;
  label: string;
  placeholder?: string;
  /** On the input, for the end-to-end tests. */
  testId?: string;
  sx?: SxProps<Theme>;
}) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<PickedStudent[]>([]);
  useEffect(() => {
    if (query.trim().length < 2) return;
    let live = true;
    // A short pause: one request per typing burst, not per key.
    const timer = setTimeout(() => {
      void call('students.search', { query, limit: 15 }).then((res) => {
        if (live && res.ok) setOptions(res.data.items.map((s) => ({ id: s.id, label: studentLabel(s) })));
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return (
    <Autocomplete
      sx={sx ?? { minWidth: 420 }}
      size="small"
      options={options}
      value={value}
      filterOptions={(o) => o}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, v) => onChange(v)}
      onInputChange={(_e, v) => setQuery(v)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={placeholder}
          slotProps={testId ? { htmlInput: { ...params.inputProps, 'data-testid': testId } } : undefined}
        />
      )}
    />
  );
}
