import { Box, Paper, Stack, Typography } from '@mui/material';
import type { Exam, Lesson } from '../../../src-shared/contract/attendance';
import { addDays } from '../../../src-shared/domain/attendance-timetable';
import { formatDate } from '../../../src-shared/domain/format';
import { useI18n } from '../../app/i18n';
import { weekday } from './attendance-format';

/** Monday to Saturday as columns (Sunday only when something falls on it), lessons by start time, exams marked. */
export function WeekView({ weekStart, lessons, exams }: { weekStart: string; lessons: Lesson[]; exams: Exam[] }) {
  const { t, tOr } = useI18n();
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)).filter(
    (d, i) => i < 6 || lessons.some((l) => l.lessonDate === d) || exams.some((e) => e.examDate === d),
  );
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: `repeat(${days.length}, minmax(150px, 1fr))`,
        gap: 1,
        overflowX: 'auto',
      }}
      data-testid="week-view"
    >
      {days.map((d) => {
        const dayLessons = lessons.filter((l) => l.lessonDate === d);
        const dayExams = exams.filter((e) => e.examDate === d);
        return (
          <Paper key={d} variant="outlined" sx={{ p: 1, minHeight: 120 }} data-testid="week-day">
            <Typography variant="subtitle2">{tOr(`attendance.day.${weekday(d)}`, '')}</Typography>
            <Typography variant="caption" color="text.secondary">
              {formatDate(d)}
            </Typography>
            <Stack spacing={1} sx={{ mt: 1 }}>
              {dayExams.map((e) => (
                <Box
                  key={e.id}
                  sx={{ p: 0.75, borderRadius: 1, bgcolor: 'warning.light', color: 'warning.contrastText' }}
                  data-testid="week-exam"
                >
                  <Typography variant="caption" fontWeight={700}>
                    {e.startTime} · {tOr(`attendance.examType.${e.examType}`, e.examType)}
                  </Typography>
                  <Typography variant="body2">{e.subject}</Typography>
                  {e.auditorium && (
                    <Typography variant="caption">
                      {t('attendance.next.where', { room: e.auditorium.replace(/-xona$/i, '') })}
                    </Typography>
                  )}
                </Box>
              ))}
              {dayLessons.map((l) => (
                <Box key={l.id} sx={{ p: 0.75, borderRadius: 1, bgcolor: 'action.hover' }} data-testid="week-lesson">
                  <Typography variant="caption" fontWeight={700}>
                    {l.startTime}
                    {l.endTime && `–${l.endTime}`} · {tOr(`attendance.trainingType.${l.trainingType}`, l.trainingType)}
                  </Typography>
                  <Typography variant="body2">{l.subject}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {[
                      l.auditorium && t('attendance.next.where', { room: l.auditorium.replace(/-xona$/i, '') }),
                      l.lecturer,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </Box>
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Box>
  );
}
