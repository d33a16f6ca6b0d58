import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { Button, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { SIGNATORY_ROLES, type Signatory } from '../../../src-shared/contract/institution';
import { useT } from '../../app/i18n';

type FieldProps = (path: string) => { error: boolean; helperText?: string };

/** The officials who sign documents: role (for layout rules), position as printed, full name. */
export function SignatoriesEditor({
  value,
  onChange,
  field,
}: {
  value: Signatory[];
  onChange(value: Signatory[]): void;
  field: FieldProps;
}) {
  const t = useT();
  const update = (index: number, patch: Partial<Signatory>) =>
    onChange(value.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  return (
    <Stack spacing={1.5} data-testid="signatories">
      {value.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('institution.signatories.empty')}
        </Typography>
      )}
      {value.map((s, index) => (
        <Stack key={index} direction="row" spacing={1.5} alignItems="flex-start" data-testid="signatory-row">
          <TextField
            select
            label={t('institution.signatory.role')}
            value={s.role}
            onChange={(e) => {
              const role = e.target.value as Signatory['role'];
              // Most offices print the role itself as the position; prefill it while it is empty.
              update(index, { role, position: s.position || t(`signatoryRole.${role}`) });
            }}
            sx={{ width: 260, flexShrink: 0 }}
            {...field(`signatories.${index}.role`)}
          >
            {SIGNATORY_ROLES.map((role) => (
              <MenuItem key={role} value={role}>
                {t(`signatoryRole.${role}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('institution.signatory.position')}
            name={`signatories.${index}.position`}
            value={s.position}
            onChange={(e) => update(index, { position: e.target.value })}
            {...field(`signatories.${index}.position`)}
          />
          <TextField
            label={t('field.fullName')}
            name={`signatories.${index}.fullName`}
            value={s.fullName}
            onChange={(e) => update(index, { fullName: e.target.value })}
            {...field(`signatories.${index}.fullName`)}
          />
          <Tooltip title={t('common.remove')}>
            <IconButton aria-label={t('common.remove')} onClick={() => onChange(value.filter((_, i) => i !== index))}>
              <DeleteOutline />
            </IconButton>
          </Tooltip>
        </Stack>
      ))}
      <div>
        <Button
          startIcon={<Add />}
          onClick={() => onChange([...value, { role: 'rector', position: t('signatoryRole.rector'), fullName: '' }])}
          data-testid="add-signatory"
          disabled={value.length >= 20}
        >
          {t('institution.signatories.add')}
        </Button>
      </div>
    </Stack>
  );
}
