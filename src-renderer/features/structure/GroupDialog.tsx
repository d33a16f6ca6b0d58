import { TextField } from '@mui/material';
import { useState } from 'react';
import type { Department, Group } from '../../../src-shared/contract/structure';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useFieldErrors } from '../../ui/field-errors';
import { CLASSIFIERS, codeName } from '../students/classifiers';
import { CodeSelect } from './CodeSelect';
import { yearLabel } from './codes';
import { FormDialog } from './FormDialog';
import { employeeName } from './staff';

const FIELDS = [
  'name',
  'departmentId',
  'specialtyId',
  'curriculumId',
  'educationLang',
  'educationForm',
  'course',
  'tutorId',
];

/** An academic group: its faculty, specialty, curriculum, language, form, course and tutor. */
export function GroupDialog({
  group,
  faculties,
  onClose,
  onSaved,
}: {
  group: Partial<Group>;
  faculties: Department[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, tOr } = useI18n();
  const notify = useNotify();
  const save = useMutation('structure.saveGroup');
  const field = useFieldErrors(save.error);
  const [g, setG] = useState({
    name: group.name ?? '',
    departmentId: group.departmentId ?? faculties[0]?.id ?? '',
    specialtyId: group.specialtyId ?? '',
    curriculumId: group.curriculumId ?? '',
    educationLang: (group.educationLang ?? '11') as '11',
    educationForm: (group.educationForm ?? '11') as '11',
    course: String(group.course ?? 1),
    tutorId: group.tutorId ?? '',
  });
  const set = (k: keyof typeof g) => (value: string) => setG((x) => ({ ...x, [k]: value }));
  const specialties = useQuery('structure.specialties', g.departmentId ? { departmentId: g.departmentId } : {});
  const curricula = useQuery('structure.curricula', g.specialtyId ? { specialtyId: g.specialtyId } : {});
  const tutors = useQuery('structure.employees', {});
  return (
    <FormDialog
      open
      title={group.id ? t('structure.group.edit') : t('structure.group.add')}
      error={save.error}
      fields={FIELDS}
      busy={save.busy}
      onClose={onClose}
      onSubmit={async () => {
        const res = await save.run({
          ...g,
          id: group.id,
          course: Number(g.course),
          curriculumId: g.curriculumId || null,
          tutorId: g.tutorId || null,
        });
        if (res.ok) {
          notify(t('common.saved'));
          onSaved();
        }
      }}
    >
      <TextField
        size="small"
        autoFocus
        name="name"
        label={t('structure.field.groupName')}
        value={g.name}
        onChange={(e) => set('name')(e.target.value)}
        {...field('name')}
      />
      <CodeSelect
        name="departmentId"
        label={t('structure.field.faculty')}
        value={g.departmentId}
        onChange={(v) => setG((x) => ({ ...x, departmentId: v, specialtyId: '', curriculumId: '' }))}
        options={faculties.map((f) => ({ value: f.id, label: f.nameUzLatn }))}
        {...field('departmentId')}
      />
      <CodeSelect
        name="specialtyId"
        label={t('structure.field.specialty')}
        value={g.specialtyId}
        onChange={(v) => setG((x) => ({ ...x, specialtyId: v, curriculumId: '' }))}
        options={(specialties.data ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.nameUzLatn}` }))}
        {...field('specialtyId')}
      />
      <CodeSelect
        name="curriculumId"
        label={t('structure.field.curriculum')}
        value={g.curriculumId}
        onChange={set('curriculumId')}
        emptyLabel={t('structure.none')}
        options={(curricula.data ?? []).map((c) => ({
          value: c.id,
          label: `${c.name} (${yearLabel(c.educationYear)})`,
        }))}
        {...field('curriculumId')}
      />
      <CodeSelect
        name="educationLang"
        label={t('structure.field.educationLang')}
        value={g.educationLang}
        onChange={set('educationLang')}
        options={CLASSIFIERS.educationLang.map((c) => ({ value: c, label: codeName(tOr, 'educationLang', c) }))}
      />
      <CodeSelect
        name="educationForm"
        label={t('structure.field.educationForm')}
        value={g.educationForm}
        onChange={set('educationForm')}
        options={CLASSIFIERS.educationForm.map((c) => ({ value: c, label: codeName(tOr, 'educationForm', c) }))}
      />
      <CodeSelect
        name="course"
        label={t('structure.field.course')}
        value={g.course}
        onChange={set('course')}
        options={['1', '2', '3', '4', '5', '6'].map((c) => ({ value: c, label: c }))}
        {...field('course')}
      />
      <CodeSelect
        name="tutorId"
        label={t('structure.field.tutor')}
        value={g.tutorId}
        onChange={set('tutorId')}
        emptyLabel={t('structure.none')}
        // Who works here now; a tutor who has left stays listed while still assigned.
        options={(tutors.data ?? [])
          .filter((e) => e.active || e.id === group.tutorId)
          .map((e) => ({ value: e.id, label: employeeName(e) }))}
        {...field('tutorId')}
      />
    </FormDialog>
  );
}
