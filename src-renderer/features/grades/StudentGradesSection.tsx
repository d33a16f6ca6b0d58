import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { RecordEntry } from '../../../src-shared/contract/grades';
import type { Student } from '../../../src-shared/contract/students';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { SectionCard } from '../../ui/SectionCard';
import { CorrectGradeDialog } from './CorrectGradeDialog';
import { formatGpa, mayChangeGrades, semesterNumber, subjectName, yearName } from './grade-format';
import { GradeHistoryDialog } from './GradeHistoryDialog';
import { TranscriptTable } from './TranscriptTable';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="h6" component="div" data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}

/**
 * The card's academic record (issue 4): GPA (all years and per year), credits earned, debts with
 * their credits, and the transcript by semester with each result's history. A role that may change
 * grades also sees "Correct". Nothing is rendered for a student without results.
 */
export function StudentGradesSection({ student }: { student: Student }) {
  const { t, locale } = useI18n();
  const { user } = useUser();
  const transcript = useQuery('grades.transcript', { studentId: student.id });
  const [history, setHistory] = useState<RecordEntry | null>(null);
  const [correcting, setCorrecting] = useState<RecordEntry | null>(null);
  const data = transcript.data;
  if (!data || data.semesters.length === 0) return null;
  const canEdit = mayChangeGrades(user.role);

  return (
    <SectionCard title={t('grades.title')}>
      <Stack spacing={2} data-testid="grades-section">
        <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-end' }}>
          <Figure label={t('grades.gpaAll')} value={formatGpa(data.overall.gpa)} testId="grades-gpa" />
          {data.years.map((y) => (
            <Figure
              key={y.educationYear}
              label={t('grades.gpaYear', { year: yearName(y.educationYear) })}
              value={formatGpa(y.gpa)}
              testId={`grades-gpa-${y.educationYear}`}
            />
          ))}
          <Figure label={t('grades.creditsEarned')} value={String(data.creditsEarned)} testId="grades-credits" />
          <Chip
            color={data.overall.canTransfer ? 'success' : 'warning'}
            variant="outlined"
            label={t(data.overall.canTransfer ? 'grades.transferYes' : 'grades.transferNo')}
          />
        </Stack>
        {data.debts.length > 0 ? (
          <Alert severity="warning" data-testid="grades-debts">
            <Typography variant="subtitle2" component="div">
              {t('grades.debts')}: {t('grades.debtSummary', { count: data.debts.length, credits: data.debtCredits })}
            </Typography>
            {data.debts.map((d) => (
              <div key={d.id}>
                {subjectName(d.subject, locale)} · {t('grades.semester', { n: semesterNumber(d.semester) })} ·{' '}
                {d.credit} {t('grades.col.credit').toLowerCase()}
              </div>
            ))}
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {t('grades.restudyPrice')}: {data.restudyPrice ?? t('grades.restudyPending')}
            </Typography>
          </Alert>
        ) : (
          <Typography color="text.secondary">{t('grades.noDebts')}</Typography>
        )}
        {data.semesters.map((s) => (
          <TranscriptTable
            key={`${s.semester}|${s.educationYear}`}
            semester={s}
            canEdit={canEdit}
            onHistory={setHistory}
            onCorrect={setCorrecting}
          />
        ))}
      </Stack>
      {history && <GradeHistoryDialog entry={history} studentId={student.id} onClose={() => setHistory(null)} />}
      {correcting && (
        <CorrectGradeDialog
          entry={correcting}
          onClose={(saved) => {
            setCorrecting(null);
            if (saved) transcript.reload();
          }}
        />
      )}
    </SectionCard>
  );
}
