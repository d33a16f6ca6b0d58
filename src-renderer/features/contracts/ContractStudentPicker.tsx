import { Autocomplete, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';

export interface PickedStudent {
  id: string;
  label: string;
}

/** Finds the student a contract is drawn up for, as the counter search does (name, ID, PINFL). */
export function ContractStudentPicker({
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
    const timer = setTimeout(() => {
      void call('students.search', { query, limit: 15 }).then((res) => {
        if (live && res.ok)
          setOptions(
            res.data.items.map((s) => ({
              id: s.id,
              label: [`${s.lastName} ${s.firstName} ${s.patronymic}`.trim(), s.group, s.studentIdNumber]
                .filter(Boolean)
                .join(' · '),
            })),
          );
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return (
    <Autocomplete
      sx={{ minWidth: 420, flex: '1 1 420px' }}
      size="small"
      options={options}
      value={value}
      filterOptions={(o) => o}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, v) => onChange(v)}
      onInputChange={(_e, v) => setQuery(v)}
      renderInput={(params) => <TextField {...params} label={t('contracts.draw.student')} />}
    />
  );
}
