import { TextField, type TextFieldProps } from '@mui/material';
import { useState } from 'react';
import { formatDate } from '../../src-shared/domain/format';
import { useT } from '../app/i18n';

/** `28.11.2026`, `28112026` or `1.2.2026` → `2026-11-28`; null when it is not a real date. */
export function parseDate(text: string): string | null {
  const m = /^(\d{1,2})\.?(\d{1,2})\.?(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

type Props = Omit<TextFieldProps, 'value' | 'onChange'> & { value: string; onChange(iso: string): void };

/**
 * A date typed as dd.mm.yyyy whatever the browser's locale (a native date input follows the OS
 * and shows mm/dd/yyyy on an English Windows). `value` and `onChange` use ISO `yyyy-mm-dd`.
 */
export function DateField({ value, onChange, ...props }: Props) {
  const t = useT();
  const [draft, setDraft] = useState({ text: formatDate(value), for: value });
  const text = draft.for === value ? draft.text : formatDate(value);
  const invalid = text.trim() !== '' && parseDate(text) === null;

  return (
    <TextField
      {...props}
      value={text}
      placeholder={t('common.datePlaceholder')}
      error={invalid || props.error}
      onChange={(e) => {
        const next = e.target.value.replace(/[^\d.]/g, '').slice(0, 10);
        const iso = next.trim() === '' ? '' : parseDate(next);
        if (iso !== null && iso !== value) onChange(iso);
        setDraft({ text: next, for: iso ?? value });
      }}
      onBlur={() => setDraft({ text: formatDate(value), for: value })}
      slotProps={{ ...props.slotProps, inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric' } }}
    />
  );
}
