import Close from '@mui/icons-material/Close';
import Search from '@mui/icons-material/Search';
import { IconButton, InputAdornment, TextField, Typography } from '@mui/material';
import type { KeyboardEvent, RefObject } from 'react';
import { useT } from '../../../app/i18n';

/** The one big box: a combobox whose listbox is the result list (the caret never leaves it). */
export function SearchBox({
  inputRef,
  value,
  onChange,
  onKeyDown,
  listboxId,
  activeId,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange(value: string): void;
  onKeyDown(e: KeyboardEvent<HTMLInputElement>): void;
  listboxId: string;
  /** The highlighted result's element id, when there are results. */
  activeId: string | undefined;
}) {
  const t = useT();
  const hasQuery = value.trim() !== '';
  return (
    <TextField
      inputRef={inputRef}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      placeholder={t('studentSearch.placeholder')}
      size="medium"
      autoComplete="off"
      spellCheck={false}
      slotProps={{
        input: {
          sx: { fontSize: 20 },
          startAdornment: (
            <InputAdornment position="start">
              <Search />
            </InputAdornment>
          ),
          endAdornment: (
            <InputAdornment position="end">
              {hasQuery ? (
                <IconButton
                  aria-label={t('studentSearch.clear')}
                  title={t('studentSearch.clear')}
                  onClick={() => {
                    onChange('');
                    inputRef.current?.focus();
                  }}
                  edge="end"
                >
                  <Close />
                </IconButton>
              ) : (
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1, px: 0.75 }}
                >
                  Ctrl+K
                </Typography>
              )}
            </InputAdornment>
          ),
        },
        htmlInput: {
          role: 'combobox',
          'aria-label': t('studentSearch.title'),
          'aria-expanded': activeId !== undefined,
          'aria-controls': listboxId,
          'aria-autocomplete': 'list',
          'aria-activedescendant': activeId,
          'data-testid': 'student-search-input',
        },
      }}
    />
  );
}
