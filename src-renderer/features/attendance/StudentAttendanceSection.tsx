import EditCalendarOutlined from '@mui/icons-material/EditCalendarOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { ATTENDANCE_EDITORS } from '../../../src-shared/contract/attendance';
import type { Student } from '../../../src-shared/contract/students';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { SectionCard } from '../../ui/SectionCard';
import { hours, percent, semesterName, yearName } from './attendance-format';
import { ExamListDialog } from './ExamListDialog';
import { LevelChip } from './LevelChip';
import { NextCard } from './NextCard';
import { RecordAbsenceDialog } from './RecordAbsenceDialog';

/**
 * The student card's attendance (issue 4): the next class and exam, then per semester (newest first)
 * the hours per subject, the share of each subject missed and the level reached. Renders nothing
 * when there is no attendance and no timetable for the student: the card shows no empty sections.
 */
export function StudentAttendanceSection({ student }: { student: Student }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { user } = useUser();
  const summary = useQuery('attendance.studentSummary', { studentId: student.id });
  const [dialog, setDialog] = useState<'record' | 'exams' | null>(null);
  const s = summary.data;
  if (!s?.hasData) return null;
  const canRecord = ATTENDANCE_EDITORS.includes(user.role);
  const subjects = [
    ...new Map(
      s.semesters.flatMap((x) => x.subjects).map((x) => [x.subjectId, { id: x.subjectId, name: x.subject }]),
    ).values(),
  ];

  return (
    <Box data-testid="attendance-section">
      <SectionCard title={t('attendance.card.title')}>
        <Stack spacing={2}>
          <NextCard next={s.next} />
          {s.semesters.map((sem) => (
            <Box key={`${sem.educationYear}:${sem.semester}`} data-testid="attendance-semester">
              <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 0.5 }}>
                <Typography variant="subtitle1" fontWeight={600}>
                  {t('attendance.card.semester', {
                    semester: semesterName(t, sem.semester),
                    year: yearName(t, sem.educationYear),
                  })}
                </Typography>
                <LevelChip level={sem.level} showNone />
                {sem.barred && <LevelChip level="barred" />}
                <Typography variant="body2" color="text.secondary" data-testid="attendance-totals">
                  {t('attendance.card.totals', { excused: hours(sem.excused), unexcused: hours(sem.unexcused) })}
                </Typography>
              </Stack>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('attendance.col.subject')}</TableCell>
                    <TableCell align="right">{t('attendance.col.excused')}</TableCell>
                    <TableCell align="right">{t('attendance.col.unexcused')}</TableCell>
                    <TableCell align="right">{t('attendance.col.percent')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {sem.subjects.map((x) => (
                    <TableRow key={x.subjectId}>
                      <TableCell>{x.subject}</TableCell>
                      <TableCell align="right">{hours(x.excused)}</TableCell>
                      <TableCell align="right">{hours(x.unexcused)}</TableCell>
                      <TableCell align="right">
                        {percent(x.percent)}
                        {x.auditoriumHours !== null && (
                          <Typography component="span" variant="caption" color="text.secondary">
                            {' '}
                            {t('attendance.card.ofHours', { hours: x.auditoriumHours })}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>{x.barred && <LevelChip level="barred" />}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          ))}
          <Stack direction="row" spacing={1}>
            {s.next.exam && (
              <Button
                size="small"
                startIcon={<PrintOutlined />}
                onClick={() => setDialog('exams')}
                data-testid="card-exams"
              >
                {t('attendance.card.exams')}
              </Button>
            )}
            {canRecord && (
              <Button
                size="small"
                startIcon={<EditCalendarOutlined />}
                onClick={() => setDialog('record')}
                data-testid="card-record-absence"
              >
                {t('attendance.card.record')}
              </Button>
            )}
          </Stack>
        </Stack>
      </SectionCard>
      {dialog === 'exams' && <ExamListDialog studentId={student.id} onClose={() => setDialog(null)} />}
      {dialog === 'record' && (
        <RecordAbsenceDialog
          studentId={student.id}
          groupId={student.group?.id ?? null}
          subjects={subjects}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            notify(t('attendance.record.saved'));
            summary.reload();
          }}
        />
      )}
    </Box>
  );
}
