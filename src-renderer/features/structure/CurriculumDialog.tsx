import { TextField } from '@mui/material';
import { useState } from 'react';
import type { Curriculum } from '../../../src-shared/contract/structure';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useFieldErrors } from '../../ui/field-errors';
import { CLASSIFIERS, codeName } from '../students/classifiers';
import { CodeSelect } from './CodeSelect';
import { STRUCTURE_CODES, structureCodeName, yearChoices, yearLabel } from './codes';
import { FormDialog } from './FormDialog';

const FIELDS = [
  'name',
  'specialtyId',
  'educationYear',
  'educationType',
  'educationForm',
  'markingSystem',
  'semesterCount',
  'gpaLimit',
];

/** A curriculum's header: specialty, admission year, form, type, marking system, semesters, GPA pass line. */
export function CurriculumDialog({
  curriculum,
  onClose,
  onSaved,
}: {
  curriculum: Partial<Curriculum>;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const { t, tOr } = useI18n();
  const notify = useNotify();
  const save = useMutation('structure.saveCurriculum');
  const field = useFieldErrors(save.error);
  const specialties = useQuery('structure.specialties', {});
  const [c, setC] = useState({
    name: curriculum.name ?? '',
    specialtyId: curriculum.specialtyId ?? '',
    educationYear: curriculum.educationYear ?? yearChoices()[5] ?? '2026',
    educationType: (curriculum.educationType ?? '11') as '11',
    educationForm: (curriculum.educationForm ?? '11') as '11',
    markingSystem: (curriculum.markingSystem ?? '13') as '13',
    semesterCount: String(curriculum.semesterCount ?? 8),
    gpaLimit: String(curriculum.gpaLimit ?? 2.4),
  });
  const set = (k: keyof typeof c) => (value: string) => setC((x) => ({ ...x, [k]: value }));
  return (
    <FormDialog
      open
      title={curriculum.id ? t('structure.curriculum.edit') : t('structure.curriculum.add')}
      error={save.error}
      fields={FIELDS}
      busy={save.busy}
      onClose={onClose}
      onSubmit={async () => {
        const res = await save.run({
          ...c,
          id: curriculum.id,
          semesterCount: Number(c.semesterCount),
          gpaLimit: Number(c.gpaLimit.replace(',', '.')),
        });
        if (res.ok) {
          notify(t('common.saved'));
          onSaved(res.data.id);
        }
      }}
    >
      <TextField
        size="small"
        autoFocus
        name="name"
        label={t('structure.field.curriculumName')}
        value={c.name}
        onChange={(e) => set('name')(e.target.value)}
        {...field('name')}
      />
      <CodeSelect
        name="specialtyId"
        label={t('structure.field.specialty')}
        value={c.specialtyId}
        onChange={set('specialtyId')}
        options={(specialties.data ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.nameUzLatn}` }))}
        {...field('specialtyId')}
      />
      <CodeSelect
        name="educationYear"
        label={t('structure.field.admissionYear')}
        value={c.educationYear}
        onChange={set('educationYear')}
        options={yearChoices().map((y) => ({ value: y, label: yearLabel(y) }))}
        {...field('educationYear')}
      />
      <CodeSelect
        name="educationForm"
        label={t('structure.field.educationForm')}
        value={c.educationForm}
        onChange={set('educationForm')}
        options={CLASSIFIERS.educationForm.map((x) => ({ value: x, label: codeName(tOr, 'educationForm', x) }))}
      />
      <CodeSelect
        name="educationType"
        label={t('structure.field.educationType')}
        value={c.educationType}
        onChange={set('educationType')}
        options={CLASSIFIERS.educationType.map((x) => ({ value: x, label: codeName(tOr, 'educationType', x) }))}
      />
      <CodeSelect
        name="markingSystem"
        label={t('structure.field.markingSystem')}
        value={c.markingSystem}
        onChange={set('markingSystem')}
        options={STRUCTURE_CODES.markingSystem.map((x) => ({
          value: x,
          label: structureCodeName(tOr, 'markingSystem', x),
        }))}
      />
      <TextField
        size="small"
        type="number"
        name="semesterCount"
        label={t('structure.field.semesterCount')}
        value={c.semesterCount}
        onChange={(e) => set('semesterCount')(e.target.value)}
        slotProps={{ htmlInput: { min: 1, max: 12 } }}
        {...field('semesterCount')}
      />
      <TextField
        size="small"
        name="gpaLimit"
        label={t('structure.field.gpaLimit')}
        value={c.gpaLimit}
        onChange={(e) => set('gpaLimit')(e.target.value)}
        {...field('gpaLimit', t('structure.hint.gpaLimit'))}
      />
    </FormDialog>
  );
}
