import { TextField } from '@mui/material';
import { useState } from 'react';
import type { Department } from '../../../src-shared/contract/structure';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useFieldErrors } from '../../ui/field-errors';
import { CodeSelect } from './CodeSelect';
import { STRUCTURE_CODES, structureCodeName } from './codes';
import { FormDialog } from './FormDialog';

const FIELDS = ['code', 'nameUzLatn', 'nameUzCyrl', 'nameRu', 'nameEn', 'structureType', 'parentId'];

/** Adds or edits a faculty, chair or office; the parent makes the tree. */
export function DepartmentDialog({
  department,
  departments,
  onClose,
  onSaved,
}: {
  department: Partial<Department>;
  departments: Department[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, tOr } = useI18n();
  const notify = useNotify();
  const save = useMutation('structure.saveDepartment');
  const field = useFieldErrors(save.error);
  const [d, setD] = useState({
    code: department.code ?? '',
    nameUzLatn: department.nameUzLatn ?? '',
    nameUzCyrl: department.nameUzCyrl ?? '',
    nameRu: department.nameRu ?? '',
    nameEn: department.nameEn ?? '',
    structureType: department.structureType ?? '11',
    parentId: department.parentId ?? '',
  });
  const set = (k: keyof typeof d) => (value: string) => setD((x) => ({ ...x, [k]: value }));
  const text = (k: keyof typeof d, label: string, autoFocus = false) => (
    <TextField
      size="small"
      label={label}
      value={d[k]}
      onChange={(e) => set(k)(e.target.value)}
      autoFocus={autoFocus}
      name={k}
      {...field(k)}
    />
  );
  return (
    <FormDialog
      open
      title={department.id ? t('structure.department.edit') : t('structure.department.add')}
      error={save.error}
      fields={FIELDS}
      busy={save.busy}
      onClose={onClose}
      onSubmit={async () => {
        const res = await save.run({
          ...d,
          structureType: d.structureType as '11',
          id: department.id,
          parentId: d.parentId || null,
        });
        if (res.ok) {
          notify(t('common.saved'));
          onSaved();
        }
      }}
    >
      {text('nameUzLatn', t('structure.field.nameUzLatn'), true)}
      {text('nameUzCyrl', t('structure.field.nameUzCyrl'))}
      {text('nameRu', t('structure.field.nameRu'))}
      {text('code', t('structure.field.code'))}
      <CodeSelect
        name="structureType"
        label={t('structure.field.structureType')}
        value={d.structureType}
        onChange={set('structureType')}
        options={STRUCTURE_CODES.structureType.map((c) => ({
          value: c,
          label: structureCodeName(tOr, 'structureType', c),
        }))}
        {...field('structureType')}
      />
      <CodeSelect
        name="parentId"
        label={t('structure.field.parent')}
        value={d.parentId}
        onChange={set('parentId')}
        emptyLabel={t('structure.none')}
        options={departments
          .filter((x) => x.id !== department.id)
          .map((x) => ({ value: x.id, label: `${x.code} ${x.nameUzLatn}` }))}
        {...field('parentId')}
      />
    </FormDialog>
  );
}
