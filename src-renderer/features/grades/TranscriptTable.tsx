import EditOutlined from '@mui/icons-material/EditOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import {
  Box,
  Chip,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import type { RecordEntry, Transcript } from '../../../src-shared/contract/grades';
import { useI18n } from '../../app/i18n';
import {
  formatControls,
  formatGpa,
  formatMark,
  formatScore,
  semesterNumber,
  subjectName,
  yearName,
} from './grade-format';

interface Props {
  semester: Transcript['semesters'][number];
  canEdit: boolean;
  onHistory(entry: RecordEntry): void;
  onCorrect(entry: RecordEntry): void;
}

/**
 * One semester of the transcript, as HEMIS prints it: subject, credit, score, grade, letter; and, when
 * HEMIS gave them, the marks per control the score was made of (JN · ON · YN), named in full on hover.
 */
export function TranscriptTable({ semester: s, canEdit, onHistory, onCorrect }: Props) {
  const { t, tOr, locale } = useI18n();
  const withControls = s.rows.some((r) => r.controls.length > 0);
  const controlsTitle = (r: RecordEntry) =>
    r.controls
      .map(
        (m) =>
          `${tOr(`attendance.examType.${m.examType}`, m.examType)} (${tOr(`attendance.attempt.${m.finalExamType}`, m.finalExamType)}): ${formatMark(m)}`,
      )
      .join('\n');
  return (
    <Box data-testid={`transcript-semester-${s.semester}`}>
      <Typography variant="subtitle1" component="h3">
        {t('grades.semester', { n: semesterNumber(s.semester) })}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {t('grades.semesterMeta', { year: yearName(s.educationYear), credits: s.credits })} · {t('grades.gpa')}{' '}
          {formatGpa(s.gpa)}
        </Typography>
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('grades.col.subject')}</TableCell>
            <TableCell align="right">{t('grades.col.credit')}</TableCell>
            <TableCell align="right">{t('grades.col.score')}</TableCell>
            {withControls && <TableCell>{t('grades.col.controls')}</TableCell>}
            <TableCell align="right">{t('grades.col.grade')}</TableCell>
            <TableCell>{t('grades.col.letter')}</TableCell>
            <TableCell>{t('grades.col.attempt')}</TableCell>
            <TableCell align="right" />
          </TableRow>
        </TableHead>
        <TableBody>
          {s.rows.map((r) => (
            <TableRow key={r.id} data-testid="transcript-row" sx={r.debt ? { bgcolor: 'warning.50' } : undefined}>
              <TableCell>
                {subjectName(r.subject, locale)}
                {r.restudy && <Chip size="small" label={t('grades.restudy')} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell align="right">{r.credit}</TableCell>
              <TableCell align="right">
                {r.totalPoint === null && r.grade === null ? t('grades.absent') : formatScore(r.totalPoint)}
              </TableCell>
              {withControls && (
                <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }} data-testid="transcript-controls">
                  {r.controls.length > 0 && (
                    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{controlsTitle(r)}</span>}>
                      <span>{formatControls(r.controls, (type) => tOr(`grades.exam.${type}`, type))}</span>
                    </Tooltip>
                  )}
                </TableCell>
              )}
              <TableCell align="right">
                {r.grade ?? '—'}
                {r.debt && <Chip size="small" color="warning" label={t('grades.debt')} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell>{r.letter ?? ''}</TableCell>
              <TableCell>{r.attempt}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', py: 0 }}>
                {r.hasHistory && (
                  <Tooltip title={t('grades.history')}>
                    <IconButton
                      size="small"
                      aria-label={t('grades.history')}
                      onClick={() => onHistory(r)}
                      data-testid="grade-history"
                    >
                      <HistoryOutlined fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
                {canEdit && (
                  <Tooltip title={t('grades.correct')}>
                    <IconButton
                      size="small"
                      aria-label={t('grades.correct')}
                      onClick={() => onCorrect(r)}
                      data-testid="grade-correct"
                    >
                      <EditOutlined fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
