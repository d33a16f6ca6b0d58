import { Grid, TextField } from '@mui/material';
import { useState } from 'react';
import type { CurriculumSubject, Department } from '../../../src-shared/contract/structure';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useFieldErrors } from '../../ui/field-errors';
import { CodeSelect } from './CodeSelect';
import { STRUCTURE_CODES, structureCodeName } from './codes';
import { FormDialog } from './FormDialog';
import { SubjectField, type SubjectChoice } from './SubjectField';

const FIELDS = [
  'subjectId',
  'newSubject.name',
  'semester',
  'credit',
  'examFinish',
  'ratingGrade',
  'subjectType',
  'departmentId',
];
/** Lecture, laboratory, practice, seminar, course work, self-study: the training types a curriculum plans. */
const HOUR_TYPES = ['11', '12', '13', '14', '16', '17'] as const;
type TrainingType = (typeof STRUCTURE_CODES.trainingType)[number];

/** A subject of a semester: credit, hours by training type, exam form, rating-grade type, required or elective, chair. */
export function CurriculumSubjectDialog({
  curriculumId,
  semester,
  subject,
  chairs,
  onClose,
  onSaved,
}: {
  curriculumId: string;
  semester: string;
  subject: Partial<CurriculumSubject>;
  chairs: Department[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, tOr } = useI18n();
  const notify = useNotify();
  const save = useMutation('structure.saveCurriculumSubject');
  const field = useFieldErrors(save.error);
  const [choice, setChoice] = useState<SubjectChoice | null>(
    subject.subjectId
      ? { id: subject.subjectId, name: subject.subjectName ?? '', code: subject.subjectCode ?? '' }
      : null,
  );
  const [s, setS] = useState({
    credit: subject.credit !== undefined ? String(subject.credit) : '',
    examFinish: (subject.examFinish ?? '11') as '11',
    ratingGrade: (subject.ratingGrade ?? '11') as '11',
    subjectType: (subject.subjectType ?? '11') as '11',
    departmentId: subject.departmentId ?? '',
  });
  const [hours, setHours] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(subject.hours ?? {}).map(([k, v]) => [k, String(v)])),
  );
  const set = (k: keyof typeof s) => (value: string) => setS((x) => ({ ...x, [k]: value }));
  const subjectError = field('subjectId');
  const newNameError = field('newSubject.name');
  return (
    <FormDialog
      open
      wide
      title={subject.id ? t('structure.subject.edit') : t('structure.subject.add')}
      error={save.error}
      fields={FIELDS}
      busy={save.busy}
      onClose={onClose}
      onSubmit={async () => {
        const res = await save.run({
          id: subject.id,
          curriculumId,
          semester,
          ...(choice?.id ? { subjectId: choice.id } : {}),
          ...(choice && choice.id === null ? { newSubject: { name: choice.name, code: choice.code } } : {}),
          credit: Number(s.credit.replace(',', '.')) || 0,
          hours: Object.fromEntries(
            Object.entries(hours)
              .filter(([, v]) => v.trim() !== '')
              .map(([k, v]) => [k as TrainingType, Number(v) || 0]),
          ),
          examFinish: s.examFinish,
          ratingGrade: s.ratingGrade,
          subjectType: s.subjectType,
          departmentId: s.departmentId || null,
        });
        if (res.ok) {
          notify(t('common.saved'));
          onSaved();
        }
      }}
    >
      <SubjectField
        value={choice}
        onChange={setChoice}
        error={subjectError.error || newNameError.error}
        helperText={
          subjectError.error ? subjectError.helperText : newNameError.error ? newNameError.helperText : undefined
        }
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            size="small"
            fullWidth
            name="credit"
            label={t('structure.field.credit')}
            value={s.credit}
            onChange={(e) => set('credit')(e.target.value)}
            {...field('credit')}
          />
        </Grid>
        {HOUR_TYPES.map((code) => (
          <Grid key={code} size={{ xs: 6, sm: 3 }}>
            <TextField
              size="small"
              fullWidth
              type="number"
              name={`hours.${code}`}
              label={structureCodeName(tOr, 'trainingType', code)}
              value={hours[code] ?? ''}
              onChange={(e) => setHours((h) => ({ ...h, [code]: e.target.value }))}
              slotProps={{ htmlInput: { min: 0 } }}
              {...field(`hours.${code}`)}
            />
          </Grid>
        ))}
      </Grid>
      <Grid container spacing={2}>
        {(['examFinish', 'subjectType', 'ratingGrade'] as const).map((kind) => (
          <Grid key={kind} size={{ xs: 12, sm: 4 }}>
            <CodeSelect
              name={kind}
              label={t(`structure.field.${kind}`)}
              value={s[kind]}
              onChange={set(kind)}
              options={STRUCTURE_CODES[kind].map((c) => ({ value: c, label: structureCodeName(tOr, kind, c) }))}
            />
          </Grid>
        ))}
      </Grid>
      <CodeSelect
        name="departmentId"
        label={t('structure.field.chair')}
        value={s.departmentId}
        onChange={set('departmentId')}
        emptyLabel={t('structure.none')}
        options={chairs.map((d) => ({ value: d.id, label: d.nameUzLatn }))}
        {...field('departmentId')}
      />
    </FormDialog>
  );
}
