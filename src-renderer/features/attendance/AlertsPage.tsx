import {
  Alert,
  Chip,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useSearchParams } from 'react-router';
import { ALERT_KINDS, type AlertRow } from '../../../src-shared/contract/attendance';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { hours, LEVEL_COLORS, semesterName, yearName } from './attendance-format';
import { FilterSelect } from './FilterSelect';
import { GroupSelect } from './GroupSelect';
import { LevelChip } from './LevelChip';
import { StudentNameLink } from './StudentNameLink';

type Kind = (typeof ALERT_KINDS)[number];
const COURSES = [1, 2, 3, 4, 5, 6];

/**
 * Students at each border of unexcused hours and those barred from a final control (DOMAIN §2.4),
 * per semester, with faculty/course/group filters; the level chips count and filter at once.
 */
export function AlertsPage({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? '';
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        if (key === 'faculty') p.delete('group');
        return p;
      },
      { replace: true },
    );
  const kind = get('kind') as Kind | '';
  const filters = useQuery('attendance.filters', {});
  const input = {
    ...(get('year') ? { educationYear: get('year') } : {}),
    ...(get('semester') ? { semester: get('semester') } : {}),
    ...(get('faculty') ? { facultyId: get('faculty') } : {}),
    ...(get('course') ? { course: Number(get('course')) } : {}),
    ...(get('group') ? { groupId: get('group') } : {}),
    ...(kind ? { kind } : {}),
  };
  const alerts = useQuery('attendance.alerts', input);
  const rows = alerts.data?.rows ?? [];
  const groups = (filters.data?.groups ?? []).filter((g) => !get('faculty') || g.facultyId === get('faculty'));
  const columns = [
    { key: 'name', header: t('attendance.col.student'), width: 34 },
    { key: 'studentIdNumber', header: t('attendance.col.studentIdNumber'), width: 16 },
    { key: 'faculty', header: t('attendance.col.faculty'), width: 30 },
    { key: 'course', header: t('attendance.col.course'), width: 8 },
    { key: 'group', header: t('attendance.col.group'), width: 12 },
    { key: 'semester', header: t('attendance.col.semester'), width: 12 },
    { key: 'excused', header: t('attendance.col.excused'), width: 12 },
    { key: 'unexcused', header: t('attendance.col.unexcused'), width: 12 },
    { key: 'level', header: t('attendance.col.level'), width: 22 },
    { key: 'barredSubjects', header: t('attendance.col.barredSubjects'), width: 40 },
  ];
  const exportRows = (r: AlertRow) => ({
    ...r,
    semester: semesterName(t, r.semester),
    level: r.level === 'none' ? '' : t(`attendance.level.${r.level}`),
    barredSubjects: r.barredSubjects.join(', '),
  });

  return (
    <>
      <PageHeader
        title={t('attendance.alerts.title')}
        intro={t('attendance.alerts.intro')}
        actions={
          <ExportButton
            title={t('attendance.alerts.exportTitle')}
            columns={columns}
            rows={rows.map(exportRows)}
            disabled={rows.length === 0}
          />
        }
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
        <FilterSelect
          label={t('attendance.filter.year')}
          value={get('year') || (alerts.data?.educationYear ?? '')}
          options={(filters.data?.educationYears ?? []).map((y) => ({ value: y, label: yearName(t, y) }))}
          onChange={(v) => set('year', v)}
          testId="alerts-year"
          allLabel={false}
        />
        <FilterSelect
          label={t('attendance.filter.semester')}
          value={get('semester')}
          options={(filters.data?.semesters ?? []).map((s) => ({ value: s, label: semesterName(t, s) }))}
          onChange={(v) => set('semester', v)}
          testId="alerts-semester"
          minWidth={140}
        />
        <FilterSelect
          label={t('attendance.filter.faculty')}
          value={get('faculty')}
          options={(filters.data?.faculties ?? []).map((f) => ({ value: f.id, label: f.name }))}
          onChange={(v) => set('faculty', v)}
          testId="alerts-faculty"
          minWidth={240}
        />
        <FilterSelect
          label={t('attendance.filter.course')}
          value={get('course')}
          options={COURSES.map((c) => ({ value: String(c), label: t('attendance.courseName', { n: c }) }))}
          onChange={(v) => set('course', v)}
          testId="alerts-course"
          minWidth={120}
        />
        <GroupSelect groups={groups} value={get('group')} onChange={(v) => set('group', v)} testId="alerts-group" />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
        <Chip
          label={t('attendance.filter.all')}
          variant={kind ? 'outlined' : 'filled'}
          onClick={() => set('kind', '')}
          data-testid="alerts-kind-all"
        />
        {ALERT_KINDS.map((k) => (
          <Chip
            key={k}
            color={LEVEL_COLORS[k]}
            variant={kind === k ? 'filled' : 'outlined'}
            label={`${t(`attendance.level.${k}`)} · ${alerts.data?.counts[k] ?? 0}`}
            onClick={() => set('kind', kind === k ? '' : k)}
            data-testid={`alerts-kind-${k}`}
          />
        ))}
      </Stack>
      <ErrorAlert error={alerts.error} />
      {alerts.loading && <LinearProgress sx={{ mb: 1 }} />}
      {alerts.data && alerts.data.educationYear === null && (
        <Alert severity="info">{t('attendance.alerts.noData')}</Alert>
      )}
      {alerts.data && alerts.data.educationYear !== null && rows.length === 0 && (
        <Alert severity="success">{t('attendance.alerts.empty')}</Alert>
      )}
      {rows.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" data-testid="alerts-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('attendance.col.student')}</TableCell>
                <TableCell>{t('attendance.col.group')}</TableCell>
                <TableCell>{t('attendance.col.semester')}</TableCell>
                <TableCell align="right">{t('attendance.col.excused')}</TableCell>
                <TableCell align="right">{t('attendance.col.unexcused')}</TableCell>
                <TableCell>{t('attendance.col.level')}</TableCell>
                <TableCell>{t('attendance.col.barredSubjects')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={`${r.id}:${r.semester}`} hover data-testid="alerts-row">
                  <TableCell>
                    <StudentNameLink shell={shell} id={r.id} name={r.name} />
                  </TableCell>
                  <TableCell>{r.group ?? '—'}</TableCell>
                  <TableCell>{semesterName(t, r.semester)}</TableCell>
                  <TableCell align="right">{hours(r.excused)}</TableCell>
                  <TableCell align="right">{hours(r.unexcused)}</TableCell>
                  <TableCell>
                    <LevelChip level={r.level} />
                  </TableCell>
                  <TableCell>
                    {r.barredSubjects.length > 0 && <LevelChip level="barred" />} {r.barredSubjects.join(', ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
