import { Autocomplete, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import type { StudentListItem } from '../../../src-shared/contract/students';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';

export interface PickedStudent {
  id: string;
  label: string;
}

const labelOf = (s: StudentListItem) =>
  [`${s.lastName} ${s.firstName} ${s.patronymic}`.trim(), s.group, s.studentIdNumber].filter(Boolean).join(' · ');

/** The counter's student search (name in any script, ID, PINFL) as you type; labelled "Student". */
export function FeeStudentPicker({
  value,
  onChange,
}: {
  value: PickedStudent | null;
  onChange(s: PickedStudent | null): void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<PickedStudent[]>([]);
  useEffect(() => {
    if (query.trim().length < 2) return;
    let live = true;
    // One request per typing burst, not per key.
    const timer = setTimeout(() => {
      void call('students.search', { query, limit: 15 }).then((res) => {
        if (live && res.ok) setOptions(res.data.items.map((s) => ({ id: s.id, label: labelOf(s) })));
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return (
    <Autocomplete
      sx={{ minWidth: 420, flexGrow: 1 }}
      size="small"
      options={options}
      value={value}
      filterOptions={(o) => o}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, v) => onChange(v)}
      onInputChange={(_e, v) => setQuery(v)}
      renderInput={(params) => (
        <TextField {...params} label={t('fees.calc.student')} placeholder={t('fees.calc.studentHint')} />
      )}
    />
  );
}
