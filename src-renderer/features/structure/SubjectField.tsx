import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';

export type SubjectChoice = { id: string; name: string; code: string } | { id: null; name: string; code: string };

/**
 * A subject from the catalogue, found as you type; a name the catalogue does not have becomes a
 * new subject on save (the backend reuses an existing one written with other apostrophes).
 */
export function SubjectField({
  value,
  onChange,
  error,
  helperText,
}: {
  value: SubjectChoice | null;
  onChange(value: SubjectChoice | null): void;
  error?: boolean;
  helperText?: string;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState(value?.name ?? '');
  const found = useQuery('structure.subjects', { query, limit: 20 });
  const options: SubjectChoice[] = (found.data ?? []).map((s) => ({ id: s.id, name: s.nameUzLatn, code: s.code }));
  return (
    <Autocomplete<SubjectChoice, false, false, true>
      freeSolo
      autoHighlight
      options={options}
      value={value}
      inputValue={query}
      onInputChange={(_e, text, reason) => {
        setQuery(text);
        if (reason === 'input') onChange(text.trim() ? { id: null, name: text, code: '' } : null);
      }}
      onChange={(_e, v) => onChange(typeof v === 'string' ? { id: null, name: v, code: '' } : v)}
      getOptionLabel={(o) => (typeof o === 'string' ? o : o.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id && a.name === b.name}
      renderOption={({ key, ...props }, o) => (
        <li key={key} {...props}>
          {o.code ? `${o.code} · ` : ''}
          {o.name}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus
          size="small"
          name="subject"
          label={t('structure.field.subject')}
          error={error}
          helperText={helperText ?? (value && value.id === null ? t('structure.hint.newSubject') : undefined)}
        />
      )}
    />
  );
}
