import EventOutlined from '@mui/icons-material/EventOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { NextClassAndExam } from '../../../src-shared/contract/attendance';
import { formatDate } from '../../../src-shared/domain/format';
import { useI18n } from '../../app/i18n';
import { weekday } from './attendance-format';

function Slot({
  icon,
  title,
  testId,
  children,
}: {
  icon: ReactNode;
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, flex: 1, minWidth: 240 }} data-testid={testId}>
      <Stack direction="row" spacing={1.5} alignItems="flex-start">
        <Box sx={{ color: 'primary.main', pt: 0.25 }}>{icon}</Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
            {title}
          </Typography>
          {children}
        </Box>
      </Stack>
    </Paper>
  );
}

/** The counter's answer: when and where the next class and the next exam are. */
export function NextCard({ next }: { next: NextClassAndExam }) {
  const { t, tOr } = useI18n();
  const when = (date: string, time: string) =>
    `${tOr(`attendance.day.${weekday(date)}`, '')}, ${formatDate(date)}${time ? ` · ${time}` : ''}`;
  const where = (room: string, building = '') =>
    [room && t('attendance.next.where', { room: room.replace(/-xona$/i, '') }), building].filter(Boolean).join(', ');
  const { lesson, exam } = next;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
      <Slot icon={<SchoolOutlined />} title={t('attendance.next.lesson')} testId="next-lesson">
        {lesson ? (
          <>
            <Typography fontWeight={600}>
              {lesson.subject}{' '}
              {lesson.inProgress && <Chip size="small" color="success" label={t('attendance.next.now')} />}
            </Typography>
            <Typography variant="body2">
              {when(lesson.lessonDate, lesson.endTime ? `${lesson.startTime}–${lesson.endTime}` : lesson.startTime)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {[where(lesson.auditorium, lesson.building), lesson.lecturer].filter(Boolean).join(' · ')}
            </Typography>
          </>
        ) : (
          <Typography color="text.secondary">{t('attendance.next.none')}</Typography>
        )}
      </Slot>
      <Slot icon={<EventOutlined />} title={t('attendance.next.exam')} testId="next-exam">
        {exam ? (
          <>
            <Typography fontWeight={600}>
              {exam.subject} {exam.inProgress && <Chip size="small" color="success" label={t('attendance.next.now')} />}
            </Typography>
            <Typography variant="body2">
              {tOr(`attendance.examType.${exam.examType}`, exam.examType)} ·{' '}
              {tOr(`attendance.attempt.${exam.finalExamType}`, exam.finalExamType)}
            </Typography>
            <Typography variant="body2">{when(exam.examDate, exam.startTime)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {where(exam.auditorium)}
            </Typography>
          </>
        ) : (
          <Typography color="text.secondary">{t('attendance.next.none')}</Typography>
        )}
      </Slot>
    </Stack>
  );
}
