import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { IconButton, InputAdornment, TextField, Tooltip, type TextFieldProps } from '@mui/material';
import { useState } from 'react';
import { useT } from '../app/i18n';

/** A password input with a show/hide toggle (people at a counter often mistype on a foreign layout). */
export function PasswordField(props: TextFieldProps) {
  const t = useT();
  const [shown, setShown] = useState(false);
  const label = shown ? t('common.hidePassword') : t('common.showPassword');
  return (
    <TextField
      {...props}
      type={shown ? 'text' : 'password'}
      slotProps={{
        ...props.slotProps,
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <Tooltip title={label}>
                <IconButton aria-label={label} onClick={() => setShown((s) => !s)} edge="end" tabIndex={-1}>
                  {shown ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
                </IconButton>
              </Tooltip>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
