import {
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { ORDER_TYPES, type OrderType } from '../../../../src-shared/domain/orders';
import type { Clause } from '../../../../src-shared/contract/orders';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { useI18n } from '../../../app/i18n';
import { useFieldErrors } from '../../../ui/field-errors';
import { FormDialog } from '../../structure/FormDialog';
import { orderTypeName } from './bulk-format';

export const CLAUSE_KINDS: readonly Clause['kind'][] = ['preamble', 'control', 'basis'];
const FIELDS = ['kind', 'types', 'textUz', 'textRu', 'isDefault'];

/** Adds or edits one clause of the library; the page saves the whole library with it. */
export function ClauseDialog({
  clause,
  isNew,
  error,
  busy,
  onClose,
  onSave,
}: {
  clause: Clause;
  isNew: boolean;
  /** The save's error with this clause's issues under its own field names. */
  error: AppErrorShape | null;
  busy: boolean;
  onClose(): void;
  onSave(clause: Clause): void;
}) {
  const { t, tOr } = useI18n();
  const field = useFieldErrors(error);
  const [c, setC] = useState<Clause>(clause);
  const set = <K extends keyof Clause>(key: K, value: Clause[K]) => setC((x) => ({ ...x, [key]: value }));

  return (
    <FormDialog
      open
      wide
      title={isNew ? t('movements.clauses.add') : t('movements.clauses.edit')}
      error={error}
      fields={FIELDS}
      busy={busy}
      onClose={onClose}
      onSubmit={() => onSave(c)}
    >
      <TextField
        select
        size="small"
        name="kind"
        label={t('movements.clauses.kind')}
        value={c.kind}
        onChange={(e) => set('kind', e.target.value as Clause['kind'])}
        {...field('kind')}
      >
        {CLAUSE_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`movements.clauses.kind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        name="types"
        label={t('movements.clauses.types')}
        value={c.types}
        onChange={(e) => {
          const v = e.target.value as unknown as string | OrderType[];
          set('types', (typeof v === 'string' ? v.split(',') : v) as OrderType[]);
        }}
        {...field('types', t('movements.clauses.typesHint'))}
        slotProps={{
          inputLabel: { shrink: true },
          select: {
            multiple: true,
            displayEmpty: true,
            renderValue: (selected) => {
              const types = selected as OrderType[];
              if (types.length === 0) return t('movements.clauses.allTypes');
              return (
                <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                  {types.map((type) => (
                    <Chip key={type} size="small" label={orderTypeName(tOr, type)} />
                  ))}
                </Stack>
              );
            },
            SelectDisplayProps: { 'data-testid': 'clause-types' } as object,
          },
        }}
      >
        {ORDER_TYPES.map((type) => (
          <MenuItem key={type} value={type}>
            <Checkbox size="small" checked={c.types.includes(type)} sx={{ p: 0, mr: 1 }} />
            {orderTypeName(tOr, type)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        multiline
        minRows={3}
        size="small"
        name="textUz"
        label={t('movements.clauses.textUz')}
        value={c.textUz}
        onChange={(e) => set('textUz', e.target.value)}
        autoFocus
        {...field('textUz')}
      />
      <TextField
        multiline
        minRows={3}
        size="small"
        name="textRu"
        label={t('movements.clauses.textRu')}
        value={c.textRu}
        onChange={(e) => set('textRu', e.target.value)}
        {...field('textRu')}
      />
      <FormControl error={field('isDefault').error}>
        <FormControlLabel
          control={
            <Checkbox name="isDefault" checked={c.isDefault} onChange={(e) => set('isDefault', e.target.checked)} />
          }
          label={t('movements.clauses.isDefault')}
        />
        {field('isDefault').error && <FormHelperText>{field('isDefault').helperText}</FormHelperText>}
      </FormControl>
    </FormDialog>
  );
}
