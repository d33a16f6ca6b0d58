import ArrowBack from '@mui/icons-material/ArrowBack';
import Edit from '@mui/icons-material/Edit';
import { Button, Chip, Stack } from '@mui/material';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { CurriculumSubject } from '../../../src-shared/contract/structure';
import { formatNumber } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { codeName } from '../students/classifiers';
import { mayEditStructure, structureCodeName, yearLabel } from './codes';
import { CurriculumDialog } from './CurriculumDialog';
import { CurriculumSubjectDialog } from './CurriculumSubjectDialog';
import { SemesterSubjects } from './SemesterSubjects';
import { SubjectImport } from './SubjectImport';

/** A curriculum: its facts, then its subjects semester by semester with credit totals. */
export function CurriculumEditorPage({ shell }: { shell: ShellDef }) {
  const { t, tOr, tKey } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const canEdit = mayEditStructure(user.role);
  const detail = useQuery('structure.curriculum', { id });
  const departments = useQuery('structure.departments', {});
  const [editing, setEditing] = useState<{ semester: string; subject: Partial<CurriculumSubject> } | null>(null);
  const [editingHead, setEditingHead] = useState(false);
  const c = detail.data;
  const chairs = (departments.data ?? []).filter((d) => d.structureType === '12');
  const remove = async (s: CurriculumSubject) => {
    const res = await call('structure.removeCurriculumSubject', { id: s.id });
    if (res.ok) detail.reload();
    else notify(tKey(res.error.key, res.error.params), 'error');
  };
  const back = pagePath(shell, user.role, 'curricula');
  return (
    <>
      <PageHeader
        title={c?.name ?? t('structure.curricula.title')}
        intro={c ? `${c.specialty} · ${c.department}` : undefined}
        actions={
          <>
            {back && (
              <Button startIcon={<ArrowBack />} onClick={() => void navigate(back)}>
                {t('structure.curricula.title')}
              </Button>
            )}
            {canEdit && c && <SubjectImport curriculumId={c.id} onDone={detail.reload} />}
            {canEdit && c && (
              <Button startIcon={<Edit />} onClick={() => setEditingHead(true)}>
                {t('common.edit')}
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={detail.error} />
      {c && (
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
            <Chip label={`${t('structure.field.admissionYear')}: ${yearLabel(c.educationYear)}`} />
            <Chip label={codeName(tOr, 'educationForm', c.educationForm)} />
            <Chip label={codeName(tOr, 'educationType', c.educationType)} />
            <Chip label={structureCodeName(tOr, 'markingSystem', c.markingSystem)} />
            <Chip label={`${t('structure.field.gpaLimit')}: ${formatNumber(c.gpaLimit)}`} />
            <Chip
              color="primary"
              label={t('structure.curriculum.totalCredits', { credits: formatNumber(c.credits) })}
            />
          </Stack>
          {c.semesters.map((s) => (
            <SemesterSubjects
              key={s.code}
              semester={s.code}
              year={yearLabel(s.educationYear)}
              subjects={c.subjects.filter((x) => x.semester === s.code)}
              credits={c.creditsBySemester[s.code] ?? 0}
              canEdit={canEdit}
              onAdd={() => setEditing({ semester: s.code, subject: {} })}
              onEdit={(subject) => setEditing({ semester: s.code, subject })}
              onRemove={(subject) => void remove(subject)}
            />
          ))}
        </Stack>
      )}
      {editing && c && (
        <CurriculumSubjectDialog
          curriculumId={c.id}
          semester={editing.semester}
          subject={editing.subject}
          chairs={chairs}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            detail.reload();
          }}
        />
      )}
      {editingHead && c && (
        <CurriculumDialog
          curriculum={c}
          onClose={() => setEditingHead(false)}
          onSaved={() => {
            setEditingHead(false);
            detail.reload();
          }}
        />
      )}
    </>
  );
}
