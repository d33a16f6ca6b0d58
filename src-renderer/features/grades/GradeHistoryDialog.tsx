import {
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import type { RecordEntry } from '../../../src-shared/contract/grades';
import { formatDateTime } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatScore, subjectName } from './grade-format';

/** Every entry of one subject × semester, oldest first: replaced entries stay visible with who and why. */
export function GradeHistoryDialog({
  entry,
  studentId,
  onClose,
}: {
  entry: RecordEntry;
  studentId: string;
  onClose(): void;
}) {
  const { t, tOr, locale } = useI18n();
  const history = useQuery('grades.history', { studentId, subjectId: entry.subjectId, semester: entry.semester });
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('grades.historyTitle', { subject: subjectName(entry.subject, locale) })}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={history.error} />
        <Table size="small" data-testid="grade-history-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('grades.col.when')}</TableCell>
              <TableCell align="right">{t('grades.col.score')}</TableCell>
              <TableCell align="right">{t('grades.col.grade')}</TableCell>
              <TableCell>{t('grades.col.attempt')}</TableCell>
              <TableCell>{t('grades.col.source')}</TableCell>
              <TableCell>{t('grades.col.who')}</TableCell>
              <TableCell>{t('grades.col.reason')}</TableCell>
              <TableCell>{t('grades.col.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(history.data ?? []).map((h) => (
              <TableRow key={h.id} data-testid="grade-history-row">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(h.createdAt)}</TableCell>
                <TableCell align="right">
                  {h.totalPoint === null && h.grade === null ? t('grades.absent') : formatScore(h.totalPoint)}
                </TableCell>
                <TableCell align="right">{h.grade ?? '—'}</TableCell>
                <TableCell>{h.attempt}</TableCell>
                <TableCell>{tOr(`grades.source.${h.source}`, h.source)}</TableCell>
                <TableCell>{h.createdBy}</TableCell>
                <TableCell>{h.reason}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={h.isCurrent ? 'success' : 'default'}
                    label={t(h.isCurrent ? 'grades.current' : 'grades.replaced')}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
