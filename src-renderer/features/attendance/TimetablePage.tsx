import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Alert,
  Button,
  IconButton,
  LinearProgress,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { addDays } from '../../../src-shared/domain/attendance-timetable';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ExamListDialog } from './ExamListDialog';
import { GroupSelect } from './GroupSelect';
import { NextCard } from './NextCard';
import { StudentPicker, type PickedStudent } from '../../ui/StudentPicker';
import { WeekView } from './WeekView';

/**
 * "When and where is my next class / exam?" at the counter: a group's or a student's week, the next
 * class and control event, and a student's exam list to print. Group and week live in the URL.
 */
export function TimetablePage(_props: { shell: ShellDef }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const mode = params.get('student') || params.get('by') === 'student' ? 'student' : 'group';
  const [student, setStudent] = useState<PickedStudent | null>(null);
  const studentId = params.get('student') ?? '';
  const groupId = params.get('group') ?? '';
  const filters = useQuery('attendance.filters', {});
  const update = (patch: Record<string, string>) =>
    setParams(
      (p) => {
        for (const [k, v] of Object.entries(patch)) {
          if (v) p.set(k, v);
          else p.delete(k);
        }
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('attendance.timetable.title')} intro={t('attendance.timetable.intro')} />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} alignItems="center" flexWrap="wrap" useFlexGap>
        <ToggleButtonGroup
          size="small"
          sx={{ height: 40 }}
          exclusive
          value={mode}
          onChange={(_e, v: 'group' | 'student' | null) => v && update({ by: v, student: '', group: '' })}
        >
          <ToggleButton value="group" data-testid="timetable-by-group">
            {t('attendance.timetable.byGroup')}
          </ToggleButton>
          <ToggleButton value="student" data-testid="timetable-by-student">
            {t('attendance.timetable.byStudent')}
          </ToggleButton>
        </ToggleButtonGroup>
        {mode === 'group' ? (
          <GroupSelect
            groups={filters.data?.groups ?? []}
            value={groupId}
            onChange={(v) => update({ group: v })}
            testId="timetable-group"
          />
        ) : (
          <StudentPicker
            value={student ?? (studentId ? { id: studentId, label: '' } : null)}
            onChange={(s) => {
              setStudent(s);
              update({ student: s?.id ?? '', by: 'student' });
            }}
            label={t('attendance.timetable.searchStudent')}
            testId="timetable-student"
            sx={{ minWidth: 520 }}
          />
        )}
      </Stack>
      {(groupId || studentId) && (
        <Week
          key={`${groupId}:${studentId}`}
          input={studentId ? { studentId } : { groupId }}
          date={params.get('week') ?? ''}
          onDate={(d) => update({ week: d })}
        />
      )}
    </>
  );
}

function Week({
  input,
  date,
  onDate,
}: {
  input: { studentId: string } | { groupId: string };
  date: string;
  onDate(date: string): void;
}) {
  const { t } = useI18n();
  const [printing, setPrinting] = useState(false);
  const week = useQuery('attendance.timetable', { ...input, ...(date ? { date } : {}) });
  const d = week.data;
  if (week.error) return <ErrorAlert error={week.error} />;
  if (!d) return <LinearProgress />;
  if (!d.group) return <Alert severity="info">{t('attendance.timetable.noGroup')}</Alert>;
  return (
    <Stack spacing={2}>
      <NextCard next={d.next} />
      <Stack direction="row" alignItems="center" spacing={1}>
        <IconButton onClick={() => onDate(addDays(d.weekStart, -7))} aria-label={t('attendance.timetable.prevWeek')}>
          <ChevronLeft />
        </IconButton>
        <Typography variant="h6" data-testid="timetable-week">
          {d.group.name} ·{' '}
          {t('attendance.timetable.week', { start: formatDate(d.weekStart), end: formatDate(d.weekEnd) })}
        </Typography>
        <IconButton onClick={() => onDate(addDays(d.weekStart, 7))} aria-label={t('attendance.timetable.nextWeek')}>
          <ChevronRight />
        </IconButton>
        <Button size="small" onClick={() => onDate('')}>
          {t('attendance.timetable.thisWeek')}
        </Button>
        <span style={{ flexGrow: 1 }} />
        {'studentId' in input && (
          <Button
            startIcon={<PrintOutlined />}
            variant="outlined"
            onClick={() => setPrinting(true)}
            data-testid="print-exams"
          >
            {t('attendance.timetable.printExams')}
          </Button>
        )}
      </Stack>
      {week.loading && <LinearProgress />}
      {d.lessons.length === 0 && d.exams.length === 0 ? (
        <Alert severity="info">{t('attendance.timetable.noLessons')}</Alert>
      ) : (
        <WeekView weekStart={d.weekStart} lessons={d.lessons} exams={d.exams} />
      )}
      {printing && 'studentId' in input && (
        <ExamListDialog studentId={input.studentId} onClose={() => setPrinting(false)} />
      )}
    </Stack>
  );
}
