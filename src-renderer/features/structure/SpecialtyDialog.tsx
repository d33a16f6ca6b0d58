import { TextField } from '@mui/material';
import { useState } from 'react';
import type { Department, Specialty } from '../../../src-shared/contract/structure';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useFieldErrors } from '../../ui/field-errors';
import { CLASSIFIERS, codeName } from '../students/classifiers';
import { CodeSelect } from './CodeSelect';
import { FormDialog } from './FormDialog';

const FIELDS = ['code', 'nameUzLatn', 'nameUzCyrl', 'departmentId', 'educationType'];

/** A specialty (yoʻnalish): its code is text, as the classifier writes it (leading zeros kept). */
export function SpecialtyDialog({
  specialty,
  faculties,
  onClose,
  onSaved,
}: {
  specialty: Partial<Specialty>;
  faculties: Department[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, tOr } = useI18n();
  const notify = useNotify();
  const save = useMutation('structure.saveSpecialty');
  const field = useFieldErrors(save.error);
  const [s, setS] = useState({
    code: specialty.code ?? '',
    nameUzLatn: specialty.nameUzLatn ?? '',
    nameUzCyrl: specialty.nameUzCyrl ?? '',
    departmentId: specialty.departmentId ?? faculties[0]?.id ?? '',
    educationType: (specialty.educationType ?? '11') as '11',
  });
  const set = (k: keyof typeof s) => (value: string) => setS((x) => ({ ...x, [k]: value }));
  return (
    <FormDialog
      open
      title={specialty.id ? t('structure.specialty.edit') : t('structure.specialty.add')}
      error={save.error}
      fields={FIELDS}
      busy={save.busy}
      onClose={onClose}
      onSubmit={async () => {
        const res = await save.run({ ...s, id: specialty.id });
        if (res.ok) {
          notify(t('common.saved'));
          onSaved();
        }
      }}
    >
      <TextField
        size="small"
        autoFocus
        name="code"
        label={t('structure.field.code')}
        value={s.code}
        onChange={(e) => set('code')(e.target.value)}
        {...field('code')}
      />
      <TextField
        size="small"
        name="nameUzLatn"
        label={t('structure.field.nameUzLatn')}
        value={s.nameUzLatn}
        onChange={(e) => set('nameUzLatn')(e.target.value)}
        {...field('nameUzLatn')}
      />
      <TextField
        size="small"
        name="nameUzCyrl"
        label={t('structure.field.nameUzCyrl')}
        value={s.nameUzCyrl}
        onChange={(e) => set('nameUzCyrl')(e.target.value)}
        {...field('nameUzCyrl', t('structure.hint.cyrillicAuto'))}
      />
      <CodeSelect
        name="departmentId"
        label={t('structure.field.faculty')}
        value={s.departmentId}
        onChange={set('departmentId')}
        options={faculties.map((f) => ({ value: f.id, label: f.nameUzLatn }))}
        {...field('departmentId')}
      />
      <CodeSelect
        name="educationType"
        label={t('structure.field.educationType')}
        value={s.educationType}
        onChange={set('educationType')}
        options={CLASSIFIERS.educationType.map((c) => ({ value: c, label: codeName(tOr, 'educationType', c) }))}
        {...field('educationType')}
      />
    </FormDialog>
  );
}
