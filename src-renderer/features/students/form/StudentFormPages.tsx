import { LinearProgress } from '@mui/material';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '../../../api/hooks';
import { useT } from '../../../app/i18n';
import type { ShellDef } from '../../../shells/shells';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { draftFromStudent, emptyDraft } from './student-draft';
import { StudentForm } from './StudentForm';

/** `/#/<shell>/new-student`. */
export function StudentNewPage({ shell }: { shell: ShellDef }) {
  const [initial] = useState(emptyDraft);
  return <StudentForm shell={shell} student={null} initial={initial} />;
}

/** `/#/<shell>/students/<id>/edit`: the form starts from the saved record. */
export function StudentEditPage({ shell }: { shell: ShellDef }) {
  const t = useT();
  const { id = '' } = useParams();
  const student = useQuery('students.get', { id });
  const s = student.data;
  // Until the record is here (or when it is masked for this role) there is nothing to edit.
  if (!s || s.id !== id || s.identifiersMasked) {
    return (
      <>
        <PageHeader title={t('studentForm.editTitle', { name: '' })} />
        {student.error ? <ErrorAlert error={student.error} /> : <LinearProgress />}
      </>
    );
  }
  return <StudentForm key={`${s.id}:${s.updatedAt}`} shell={shell} student={s} initial={draftFromStudent(s)} />;
}
