import { Autocomplete, MenuItem, TextField } from '@mui/material';
import type { ChannelOutput } from '../../../../src-shared/contract';
import type { OrderType } from '../../../../src-shared/domain/orders';
import { useI18n } from '../../../app/i18n';
import { DateField } from '../../../ui/DateField';
import { fieldsOf, reasonCodes, reasonKey } from './composer-state';

export type Group = ChannelOutput<'students.groups'>[number];

/** The fields one student's line (or "same for all") shows for this type. */
export interface LineValues {
  effectiveDate: string;
  reason: string;
  leaveUntil: string | null;
  newGroupId: string | null;
  newName?: string | null;
  note: string;
}

/**
 * Effective date, then what the type asks for (reason from the classifier, leave end, new group, new name),
 * then a note. `testPrefix` names the inputs for the browser tests (`line-0-reason`, `all-reason`).
 */
export function LineFields({
  type,
  value,
  groups,
  onChange,
  testPrefix,
  withName = true,
}: {
  type: OrderType;
  value: LineValues;
  groups: readonly Group[];
  onChange(patch: Partial<LineValues>): void;
  testPrefix: string;
  withName?: boolean;
}) {
  const { t, tKey } = useI18n();
  const f = fieldsOf(type);
  // On the field's root: the browser tests reach the input (or the select's button) inside it.
  const testId = (name: string) => ({ 'data-testid': `${testPrefix}-${name}` });
  return (
    <>
      <DateField
        size="small"
        label={t('orders.field.effectiveDate')}
        value={value.effectiveDate}
        onChange={(v) => onChange({ effectiveDate: v })}
        sx={{ flex: '0 1 150px' }}
        {...testId('date')}
      />
      {f.reason && (
        <TextField
          select
          size="small"
          label={t(f.reason === 'stipend' ? 'orders.field.stipendRate' : 'orders.field.reason')}
          value={value.reason}
          onChange={(e) => onChange({ reason: e.target.value })}
          sx={{ flex: '1 1 220px' }}
          {...testId('reason')}
        >
          {reasonCodes(type).map((code) => (
            <MenuItem key={code} value={code}>
              {tKey(reasonKey(type, code) ?? code)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {f.leaveUntil && (
        <DateField
          size="small"
          label={t('orders.field.leaveUntil')}
          value={value.leaveUntil ?? ''}
          onChange={(v) => onChange({ leaveUntil: v || null })}
          sx={{ flex: '0 1 150px' }}
          {...testId('leave-until')}
        />
      )}
      {f.newGroup && (
        <Autocomplete
          size="small"
          sx={{ flex: '1 1 200px' }}
          options={groups as Group[]}
          getOptionLabel={(g) => g.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          value={groups.find((g) => g.id === value.newGroupId) ?? null}
          onChange={(_e, g) => onChange({ newGroupId: g?.id ?? null })}
          renderInput={(params) => (
            <TextField
              {...params}
              label={f.newGroup === 'required' ? t('orders.field.newGroup') : t('orders.field.newGroupOptional')}
              {...testId('group')}
            />
          )}
        />
      )}
      {f.newName && withName && (
        <TextField
          size="small"
          label={t('orders.field.newName')}
          helperText={t('orders.field.newNameHint')}
          value={value.newName ?? ''}
          onChange={(e) => onChange({ newName: e.target.value })}
          sx={{ flex: '1 1 260px' }}
          {...testId('new-name')}
        />
      )}
      <TextField
        size="small"
        label={t('orders.field.note')}
        value={value.note}
        onChange={(e) => onChange({ note: e.target.value })}
        sx={{ flex: '1 1 200px' }}
        slotProps={{ htmlInput: { maxLength: 500 } }}
        {...testId('note')}
      />
    </>
  );
}
