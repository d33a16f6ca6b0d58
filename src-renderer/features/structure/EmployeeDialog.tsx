import { FormControlLabel, Stack, Switch, TextField } from '@mui/material';
import { useState } from 'react';
import { EMPLOYEE_KINDS } from '../../../src-shared/domain/structure-codes';
import type { Department, Employee } from '../../../src-shared/contract/structure';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useFieldErrors } from '../../ui/field-errors';
import { CodeSelect } from './CodeSelect';
import { FormDialog } from './FormDialog';

const FIELDS = [
  'lastName',
  'firstName',
  'patronymic',
  'employeeIdNumber',
  'departmentId',
  'position',
  'kind',
  'phone',
  'active',
];

/** A teacher or staff member: names as the person writes them, department, position, phone. */
export function EmployeeDialog({
  employee,
  departments,
  onClose,
  onSaved,
}: {
  employee: Partial<Employee>;
  departments: readonly Department[];
  onClose(): void;
  onSaved(saved: Employee): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const save = useMutation('structure.saveEmployee');
  const field = useFieldErrors(save.error);
  const [e, setE] = useState({
    lastName: employee.lastName ?? '',
    firstName: employee.firstName ?? '',
    patronymic: employee.patronymic ?? '',
    employeeIdNumber: employee.employeeIdNumber ?? '',
    departmentId: employee.departmentId ?? '',
    position: employee.position ?? '',
    kind: (employee.kind ?? 'teacher') as (typeof EMPLOYEE_KINDS)[number],
    phone: employee.phone ?? '',
    active: employee.active ?? true,
  });
  const set = (k: Exclude<keyof typeof e, 'active'>) => (value: string) => setE((x) => ({ ...x, [k]: value }));
  const text = (k: Exclude<keyof typeof e, 'active' | 'kind' | 'departmentId'>, label: string, autoFocus = false) => (
    <TextField
      size="small"
      fullWidth
      name={k}
      label={label}
      value={e[k]}
      onChange={(ev) => set(k)(ev.target.value)}
      autoFocus={autoFocus}
      {...field(k)}
    />
  );
  return (
    <FormDialog
      open
      title={employee.id ? t('structure.employee.edit') : t('structure.employee.add')}
      error={save.error}
      fields={FIELDS}
      busy={save.busy}
      onClose={onClose}
      onSubmit={async () => {
        const res = await save.run({ ...e, id: employee.id, departmentId: e.departmentId || null });
        if (res.ok) {
          notify(t('common.saved'));
          onSaved(res.data);
        }
      }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {text('lastName', t('structure.employee.lastName'), true)}
        {text('firstName', t('structure.employee.firstName'))}
      </Stack>
      {text('patronymic', t('structure.employee.patronymic'))}
      <CodeSelect
        name="departmentId"
        label={t('structure.employee.department')}
        value={e.departmentId}
        onChange={set('departmentId')}
        emptyLabel={t('structure.none')}
        options={departments.map((d) => ({ value: d.id, label: `${d.code} ${d.nameUzLatn}` }))}
        {...field('departmentId')}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {text('position', t('structure.employee.position'))}
        <CodeSelect
          name="kind"
          label={t('structure.employee.kind')}
          value={e.kind}
          onChange={set('kind')}
          options={EMPLOYEE_KINDS.map((k) => ({ value: k, label: t(`structure.employee.kind.${k}`) }))}
          {...field('kind')}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          size="small"
          fullWidth
          name="phone"
          type="tel"
          label={t('structure.employee.phone')}
          value={e.phone}
          onChange={(ev) => set('phone')(ev.target.value)}
          placeholder="+998 90 123 45 67"
          {...field('phone')}
        />
        {text('employeeIdNumber', t('structure.employee.idNumber'))}
      </Stack>
      <FormControlLabel
        control={
          <Switch
            name="active"
            checked={e.active}
            onChange={(ev) => setE((x) => ({ ...x, active: ev.target.checked }))}
          />
        }
        label={t('structure.employee.activeLabel')}
      />
    </FormDialog>
  );
}
