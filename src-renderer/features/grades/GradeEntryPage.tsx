import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type FormEvent } from 'react';
import type { ChannelInput } from '../../../src-shared/contract';
import { parseGradeCell } from '../../../src-shared/domain/grades-entry';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { semesterNumber, subjectName, yearName } from './grade-format';
import { GradeSheetTable } from './GradeSheetTable';

type Entry = ChannelInput<'grades.record'>['entries'][number];

/** Grade entry for a group × curriculum subject, one record sheet (1st, 2nd or 3rd) at a time. */
export function GradeEntryPage() {
  const { t, tKey, locale } = useI18n();
  const notify = useNotify();
  const [groupId, setGroupId] = useState('');
  const [subjectId, setSubjectId] = useState('');
  const [attempt, setAttempt] = useState(1);
  const [year, setYear] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const sheet = useQuery('grades.sheet', {
    groupId: groupId || undefined,
    curriculumSubjectId: subjectId || undefined,
  });
  const filters = useQuery('grades.filters', {});
  const record = useMutation('grades.record');
  const form = useRef<HTMLFormElement>(null);
  useSaveShortcut(form);
  const data = sheet.data;
  const students = subjectId ? (data?.students ?? []) : [];
  const educationYear = year || data?.educationYear || '';
  const editable = (s: (typeof students)[number]) =>
    s.recordId === null || (attempt > (s.attempt ?? 1) && (s.grade === null || s.grade < 3));
  const pending = students.filter((s) => editable(s) && (values[s.studentId] ?? '').trim() !== '').length;

  async function save(e: FormEvent) {
    e.preventDefault();
    const entries: Entry[] = [];
    const bad: Record<string, string> = {};
    for (const s of students) {
      const parsed = editable(s) ? parseGradeCell(values[s.studentId] ?? '') : null;
      if (parsed === 'invalid') bad[s.studentId] = t('grades.invalidValue');
      else if (parsed) entries.push({ studentId: s.studentId, value: parsed });
    }
    setErrors(bad);
    if (Object.keys(bad).length > 0) return;
    if (entries.length === 0) return notify(t('grades.entry.nothing'), 'info');
    const res = await record.run({
      curriculumSubjectId: subjectId,
      attempt,
      educationYear: educationYear || undefined,
      entries,
    });
    if (!res.ok) {
      // Name the cell of each row the backend refused; nothing was written.
      const byRow: Record<string, string> = {};
      for (const issue of res.error.details?.issues ?? []) {
        const m = /^entries\.(\d+)\./.exec(issue.path);
        const entry = m ? entries[Number(m[1])] : undefined;
        if (entry) byRow[entry.studentId] = tKey(issue.key, issue.params);
      }
      return setErrors(byRow);
    }
    notify(t('grades.entry.saved', { count: res.data.added }), 'success');
    setValues({});
    sheet.reload();
  }

  return (
    <>
      <PageHeader title={t('grades.entry.title')} intro={t('grades.entry.hint', { max: data?.scoreMax ?? 100 })} />
      <form ref={form} onSubmit={(e) => void save(e)} noValidate>
        <Stack spacing={2}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField
              select
              label={t('grades.entry.group')}
              value={groupId}
              sx={{ minWidth: 180 }}
              onChange={(e) => {
                setGroupId(e.target.value);
                setSubjectId('');
                setValues({});
                setErrors({});
              }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'entry-group' } as object } }}
            >
              {(data?.groups ?? []).map((g) => (
                <MenuItem key={g.id} value={g.id}>
                  {g.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('grades.entry.subject')}
              value={subjectId}
              sx={{ minWidth: 320, flexGrow: 1 }}
              disabled={!groupId}
              onChange={(e) => {
                setSubjectId(e.target.value);
                setValues({});
                setErrors({});
                setYear('');
              }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'entry-subject' } as object } }}
            >
              {(data?.subjects ?? []).map((s) => (
                <MenuItem key={s.curriculumSubjectId} value={s.curriculumSubjectId}>
                  {t('grades.semester', { n: semesterNumber(s.semester) })} · {subjectName(s.subject, locale)} ·{' '}
                  {s.credit} {t('grades.col.credit').toLowerCase()}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('grades.entry.attempt')}
              value={attempt}
              onChange={(e) => setAttempt(Number(e.target.value))}
              sx={{ minWidth: 150 }}
            >
              {[1, 2, 3].map((n) => (
                <MenuItem key={n} value={n}>
                  {t('grades.entry.attemptN', { n })}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('grades.entry.year')}
              value={educationYear}
              onChange={(e) => setYear(e.target.value)}
              sx={{ minWidth: 150 }}
            >
              {[...new Set([...(filters.data?.years ?? []), ...(educationYear ? [educationYear] : [])])].map((y) => (
                <MenuItem key={y} value={y}>
                  {yearName(y)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <ErrorAlert
            error={
              sheet.error ??
              (record.error?.details?.issues?.some((i) => i.path.startsWith('entries.')) ? null : record.error)
            }
          />
          {!subjectId ? (
            <Alert severity="info">{t('grades.entry.pick')}</Alert>
          ) : students.length === 0 ? (
            <Alert severity="info">{t('grades.entry.noStudents')}</Alert>
          ) : (
            <Paper variant="outlined">
              <GradeSheetTable
                students={students}
                values={values}
                errors={errors}
                editable={editable}
                onChange={(id, v) => setValues((prev) => ({ ...prev, [id]: v }))}
              />
              <Stack direction="row" spacing={2} sx={{ p: 2, alignItems: 'center' }}>
                <Button
                  type="submit"
                  variant="contained"
                  disabled={record.busy || pending === 0}
                  data-testid="entry-save"
                >
                  {t('grades.entry.save')}
                </Button>
                <Typography color="text.secondary">{t('grades.entry.pending', { count: pending })}</Typography>
              </Stack>
            </Paper>
          )}
        </Stack>
      </form>
    </>
  );
}
