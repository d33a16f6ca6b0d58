import {
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { SubjectPlan } from '../../../src-shared/contract/structure';
import { formatNumber } from '../../../src-shared/domain/format';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CodeSelect } from './CodeSelect';
import { yearChoices, yearLabel } from './codes';

/**
 * Curriculum subjects for a year, for the selected students or a whole group — or a re-study
 * subject group of debtors. Preview first (who gets what, who already has it, who is blocked), then
 * one apply that writes exactly the previewed rows.
 */
export function SubjectAssignDialog({
  studentIds,
  groupId,
  curriculumId: initialCurriculum,
  onClose,
}: {
  studentIds: string[];
  groupId: string | null;
  curriculumId: string | null;
  onClose(): void;
}) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const curricula = useQuery('structure.curricula', {});
  const [curriculumId, setCurriculumId] = useState(initialCurriculum ?? '');
  const detail = useQuery('structure.curriculum', { id: curriculumId || '01900000-0000-7000-8000-000000000000' });
  const [year, setYear] = useState(yearChoices()[5] ?? '2026');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [restudy, setRestudy] = useState(false);
  const [subjectGroup, setSubjectGroup] = useState('');
  const [plan, setPlan] = useState<SubjectPlan | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const input = {
    ...(studentIds.length > 0 ? { studentIds } : groupId ? { groupId } : { studentIds }),
    curriculumSubjectIds: [...picked],
    educationYear: year,
    restudy,
    subjectGroup,
  };
  const preview = async () => {
    const res = await call('structure.assignSubjectsPreview', input);
    setPlan(res.ok ? res.data : null);
    setError(res.ok ? null : res.error);
  };
  const apply = async () => {
    if (!plan) return;
    const res = await call('structure.assignSubjects', { ...input, token: plan.token });
    if (res.ok) {
      notify(t('structure.subjects.applied', { count: res.data.counts.change }));
      onClose();
    } else setError(res.error);
  };
  const subjects = curriculumId ? (detail.data?.subjects ?? []) : [];
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="subject-assign-dialog">
      <DialogTitle>{t('structure.subjects.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <ErrorAlert error={error} />
          <Stack direction="row" spacing={2}>
            <CodeSelect
              label={t('structure.field.curriculum')}
              value={curriculumId}
              onChange={(v) => (setCurriculumId(v), setPicked(new Set()), setPlan(null))}
              options={(curricula.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <CodeSelect
              label={t('structure.subjects.year')}
              value={year}
              onChange={(v) => (setYear(v), setPlan(null))}
              options={yearChoices().map((y) => ({ value: y, label: yearLabel(y) }))}
              sx={{ maxWidth: 200 }}
            />
          </Stack>
          <FormGroup>
            {subjects.map((s) => (
              <FormControlLabel
                key={s.id}
                control={
                  <Checkbox
                    checked={picked.has(s.id)}
                    onChange={() => {
                      setPlan(null);
                      setPicked((p) => {
                        const next = new Set(p);
                        if (next.has(s.id)) next.delete(s.id);
                        else next.add(s.id);
                        return next;
                      });
                    }}
                  />
                }
                label={t('structure.subjects.option', {
                  n: Number(s.semester) - 10,
                  subject: s.subjectName,
                  credit: formatNumber(s.credit),
                })}
              />
            ))}
          </FormGroup>
          <Stack direction="row" spacing={2} alignItems="center">
            <FormControlLabel
              control={<Checkbox checked={restudy} onChange={(e) => (setRestudy(e.target.checked), setPlan(null))} />}
              label={t('structure.subjects.restudy')}
            />
            {restudy && (
              <TextField
                size="small"
                sx={{ flexGrow: 1 }}
                label={t('structure.subjects.subjectGroup')}
                value={subjectGroup}
                onChange={(e) => (setSubjectGroup(e.target.value), setPlan(null))}
              />
            )}
          </Stack>
          {plan && (
            <Stack spacing={1}>
              <Stack direction="row" spacing={1}>
                {(['change', 'already', 'blocked'] as const).map((o) => (
                  <Chip key={o} label={t(`structure.outcome.${o}`, { count: plan.counts[o] })} />
                ))}
              </Stack>
              {plan.items
                .filter((i) => i.outcome === 'blocked')
                .slice(0, 20)
                .map((i) => (
                  <Typography key={`${i.studentId}|${i.curriculumSubjectId}`} variant="body2" color="warning.main">
                    {i.name} · {i.subject}: {i.reason ? tKey(i.reason) : ''}
                  </Typography>
                ))}
            </Stack>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button onClick={() => void preview()} disabled={picked.size === 0}>
          {t('structure.subjects.preview')}
        </Button>
        <Button variant="contained" onClick={() => void apply()} disabled={!plan || plan.counts.change === 0}>
          {t('structure.bulk.apply', { count: plan?.counts.change ?? 0 })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
