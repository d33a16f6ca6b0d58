import { MenuItem, TextField, type TextFieldProps } from '@mui/material';

type Props = Omit<TextFieldProps, 'onChange' | 'select'> & {
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  /** Label of an empty choice (none chosen). */
  emptyLabel?: string;
};

/** A select over codes or ids, keyboard-friendly (type to jump, Enter to pick). */
export function CodeSelect({ value, options, onChange, emptyLabel, ...props }: Props) {
  return (
    <TextField
      select
      fullWidth
      size="small"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-field={props.name}
      {...props}
    >
      {emptyLabel !== undefined && <MenuItem value="">{emptyLabel}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
