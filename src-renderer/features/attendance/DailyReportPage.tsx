import {
  Alert,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DailyRow } from '../../../src-shared/contract/attendance';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { hours } from './attendance-format';
import { FilterSelect } from './FilterSelect';
import { GroupSelect } from './GroupSelect';
import { LevelChip } from './LevelChip';
import { StudentNameLink } from './StudentNameLink';

/** Rows grouped by faculty, then group, in the order the backend sorted them. */
function grouped(rows: readonly DailyRow[]) {
  const out: { faculty: string; groups: { group: string; rows: DailyRow[] }[] }[] = [];
  for (const r of rows) {
    const faculty = r.faculty ?? '—';
    let f = out.at(-1);
    if (!f || f.faculty !== faculty) out.push((f = { faculty, groups: [] }));
    let g = f.groups.at(-1);
    if (!g || g.group !== (r.group ?? '—')) f.groups.push((g = { group: r.group ?? '—', rows: [] }));
    g.rows.push(r);
  }
  return out;
}

/**
 * Who was absent on a day (issue 4): by faculty and group, hours excused and not, and the level the
 * semester's unexcused hours reach. The date and filters live in the URL, so Back from a card returns here.
 */
export function DailyReportPage({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  // Today by default ("who is absent today"); the date picker goes back to any day.
  const date = params.get('date') ?? tashkentMoment(new Date()).date;
  const facultyId = params.get('faculty') ?? '';
  const groupId = params.get('group') ?? '';
  const set = (key: string, value: string) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      if (key === 'faculty') p.delete('group');
      return p;
    });
  const filters = useQuery('attendance.filters', {});
  const report = useQuery('attendance.dailyReport', {
    date,
    ...(facultyId ? { facultyId } : {}),
    ...(groupId ? { groupId } : {}),
  });
  const groups = (filters.data?.groups ?? []).filter((g) => !facultyId || g.facultyId === facultyId);
  const sections = useMemo(() => grouped(report.data?.rows ?? []), [report.data]);
  const columns = [
    { key: 'faculty', header: t('attendance.col.faculty'), width: 30 },
    { key: 'group', header: t('attendance.col.group'), width: 12 },
    { key: 'name', header: t('attendance.col.student'), width: 34 },
    { key: 'studentIdNumber', header: t('attendance.col.studentIdNumber'), width: 16 },
    { key: 'excused', header: t('attendance.col.excused'), width: 12 },
    { key: 'unexcused', header: t('attendance.col.unexcused'), width: 12 },
    { key: 'subjects', header: t('attendance.col.subjects'), width: 40 },
    { key: 'semesterUnexcused', header: t('attendance.col.semesterUnexcused'), width: 16 },
    { key: 'level', header: t('attendance.col.level'), width: 20 },
  ];
  const exportRows = (report.data?.rows ?? []).map((r) => ({
    ...r,
    subjects: r.subjects.join(', '),
    level: r.level === 'none' ? '' : t(`attendance.level.${r.level}`),
  }));

  return (
    <>
      <PageHeader
        title={t('attendance.daily.title')}
        intro={t('attendance.daily.intro')}
        actions={
          <ExportButton
            title={t('attendance.daily.exportTitle', { date: formatDate(date) })}
            columns={columns}
            rows={exportRows}
            disabled={exportRows.length === 0}
          />
        }
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
        <DateField
          label={t('attendance.daily.date')}
          value={date}
          onChange={(v) => v && set('date', v)}
          size="small"
          sx={{ width: 160 }}
          data-testid="daily-date"
        />
        <FilterSelect
          label={t('attendance.filter.faculty')}
          value={facultyId}
          options={(filters.data?.faculties ?? []).map((f) => ({ value: f.id, label: f.name }))}
          onChange={(v) => set('faculty', v)}
          testId="daily-faculty"
          minWidth={260}
        />
        <GroupSelect groups={groups} value={groupId} onChange={(v) => set('group', v)} testId="daily-group" />
      </Stack>
      <ErrorAlert error={report.error} />
      {report.loading && <LinearProgress sx={{ mb: 1 }} />}
      {report.data && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="daily-totals">
            {t('attendance.daily.totals', {
              students: report.data.totals.students,
              excused: hours(report.data.totals.excused),
              unexcused: hours(report.data.totals.unexcused),
            })}
          </Typography>
          {sections.length === 0 ? (
            <Alert severity="success">{t('attendance.daily.empty')}</Alert>
          ) : (
            <TableContainer component={Paper} variant="outlined">
              <Table size="small" data-testid="daily-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('attendance.col.student')}</TableCell>
                    <TableCell>{t('attendance.col.subjects')}</TableCell>
                    <TableCell align="right">{t('attendance.col.excused')}</TableCell>
                    <TableCell align="right">{t('attendance.col.unexcused')}</TableCell>
                    <TableCell align="right">{t('attendance.col.semesterUnexcused')}</TableCell>
                    <TableCell>{t('attendance.col.level')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {sections.map((f) => (
                    <Fragment key={f.faculty}>
                      <TableRow>
                        <TableCell colSpan={6} sx={{ bgcolor: 'action.hover', fontWeight: 700 }}>
                          {f.faculty}
                        </TableCell>
                      </TableRow>
                      {f.groups.map((g) => (
                        <Fragment key={g.group}>
                          <TableRow>
                            <TableCell colSpan={6} sx={{ fontWeight: 600, pl: 3 }}>
                              {g.group} · {t('attendance.daily.groupTotal', { students: g.rows.length })}
                            </TableCell>
                          </TableRow>
                          {g.rows.map((r) => (
                            <TableRow key={r.id} hover data-testid="daily-row">
                              <TableCell sx={{ pl: 5 }}>
                                <StudentNameLink shell={shell} id={r.id} name={r.name} />
                              </TableCell>
                              <TableCell>{r.subjects.join(', ')}</TableCell>
                              <TableCell align="right">{hours(r.excused)}</TableCell>
                              <TableCell align="right">{hours(r.unexcused)}</TableCell>
                              <TableCell align="right">{hours(r.semesterUnexcused)}</TableCell>
                              <TableCell>
                                <LevelChip level={r.level} />
                              </TableCell>
                            </TableRow>
                          ))}
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </>
      )}
    </>
  );
}
