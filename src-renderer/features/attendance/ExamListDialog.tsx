import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  GlobalStyles,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';

/** Only the list goes to the printer, not the app around the dialog. */
const PRINT_ONLY_LIST = {
  '@media print': {
    'body *': { visibility: 'hidden' },
    '#exam-list-print, #exam-list-print *': { visibility: 'visible' },
    '#exam-list-print': { position: 'absolute', left: 0, top: 0, width: '100%' },
  },
} as const;

/** A student's control events of the year, to print at the counter or save as .xlsx (the documents issue adds a letterhead). */
export function ExamListDialog({ studentId, onClose }: { studentId: string; onClose(): void }) {
  const { t, tOr } = useI18n();
  const list = useQuery('attendance.studentExams', { studentId });
  const d = list.data;
  const rows = (d?.exams ?? []).map((e) => ({
    date: formatDate(e.examDate),
    time: e.startTime,
    subject: e.subject,
    examType: tOr(`attendance.examType.${e.examType}`, e.examType),
    attempt: tOr(`attendance.attempt.${e.finalExamType}`, e.finalExamType),
    room: e.auditorium,
  }));
  const columns = [
    { key: 'date', header: t('attendance.col.date'), width: 12 },
    { key: 'time', header: t('attendance.col.time'), width: 8 },
    { key: 'subject', header: t('attendance.col.subject'), width: 36 },
    { key: 'examType', header: t('attendance.col.examType'), width: 20 },
    { key: 'attempt', header: t('attendance.col.attempt'), width: 24 },
    { key: 'room', header: t('attendance.col.room'), width: 10 },
  ] as const;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <GlobalStyles styles={PRINT_ONLY_LIST} />
      <DialogTitle>{t('attendance.timetable.printExams')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={list.error} />
        {!d && !list.error && <LinearProgress />}
        {d && (
          <div id="exam-list-print" data-testid="exam-list">
            <Typography variant="h6">{d.student.name}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {[d.student.faculty, d.student.group, d.student.studentIdNumber].filter(Boolean).join(' · ')}
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  {columns.map((c) => (
                    <TableCell key={c.key}>{c.header}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r, i) => (
                  <TableRow key={i}>
                    {columns.map((c) => (
                      <TableCell key={c.key}>{r[c.key]}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </DialogContent>
      <DialogActions>
        {d && (
          <ExportButton
            title={`${t('attendance.timetable.printExams')} ${d.student.name}`}
            columns={columns}
            rows={rows}
          />
        )}
        <Button startIcon={<PrintOutlined />} onClick={() => window.print()} disabled={!d}>
          {t('attendance.timetable.print')}
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
