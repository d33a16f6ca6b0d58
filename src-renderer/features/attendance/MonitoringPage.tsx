import {
  Alert,
  Box,
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
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { hours, percent, semesterName } from './attendance-format';
import { FilterSelect } from './FilterSelect';
import { GroupSelect } from './GroupSelect';
import { LevelChip } from './LevelChip';
import { StudentNameLink } from './StudentNameLink';

/** `subjectId|semester|year`: one option per subject and semester the group has data for. */
const optionKey = (s: { id: string; semester: string; educationYear: string }) =>
  `${s.id}|${s.semester}|${s.educationYear}`;

/** One group × one subject: the whole class list with hours missed and the share of the subject (the 25 % rule). */
export function MonitoringPage({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const groupId = params.get('group') ?? '';
  const filters = useQuery('attendance.filters', {});
  const groupName = filters.data?.groups.find((g) => g.id === groupId)?.name ?? '';
  return (
    <>
      <PageHeader title={t('attendance.monitoring.title')} intro={t('attendance.monitoring.intro')} />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
        <GroupSelect
          groups={filters.data?.groups ?? []}
          value={groupId}
          onChange={(v) => setParams({ group: v }, { replace: true })}
          testId="monitoring-group"
        />
        {groupId && (
          <GroupSubjects
            key={groupId}
            groupId={groupId}
            chosenKey={params.get('subject')}
            onChoose={(v) => setParams({ group: groupId, subject: v }, { replace: true })}
            render={(subject) => (
              <SubjectSheet shell={shell} groupId={groupId} groupName={groupName} subject={subject} />
            )}
          />
        )}
      </Stack>
      {!groupId && <Alert severity="info">{t('attendance.monitoring.pickGroup')}</Alert>}
    </>
  );
}

type SubjectOption = { id: string; name: string; semester: string; educationYear: string };

/** The group's subjects (with data) as a select; the chosen one's sheet is rendered under the filters. */
function GroupSubjects({
  groupId,
  chosenKey,
  onChoose,
  render,
}: {
  groupId: string;
  chosenKey: string | null;
  onChoose(key: string): void;
  render(subject: SubjectOption): ReactNode;
}) {
  const { t } = useI18n();
  const subjects = useQuery('attendance.groupSubjects', { groupId });
  const options = subjects.data ?? [];
  const chosen = options.find((s) => optionKey(s) === chosenKey) ?? options[0];
  if (subjects.error) return <ErrorAlert error={subjects.error} />;
  if (!subjects.data) return null;
  if (!chosen) return <Alert severity="info">{t('attendance.monitoring.noSubjects')}</Alert>;
  return (
    <>
      <FilterSelect
        label={t('attendance.col.subject')}
        value={optionKey(chosen)}
        options={options.map((s) => ({
          value: optionKey(s),
          label: `${s.name} · ${semesterName(t, s.semester)} (${s.educationYear})`,
        }))}
        onChange={onChoose}
        testId="monitoring-subject"
        allLabel={false}
        minWidth={360}
      />
      <Box sx={{ width: '100%' }}>{render(chosen)}</Box>
    </>
  );
}

function SubjectSheet({
  shell,
  groupId,
  groupName,
  subject,
}: {
  shell: ShellDef;
  groupId: string;
  groupName: string;
  subject: SubjectOption;
}) {
  const { t } = useI18n();
  const sheet = useQuery('attendance.subjectMonitoring', {
    groupId,
    subjectId: subject.id,
    semester: subject.semester,
    educationYear: subject.educationYear,
  });
  const data = sheet.data;
  const columns = [
    { key: 'name', header: t('attendance.col.student'), width: 34 },
    { key: 'studentIdNumber', header: t('attendance.col.studentIdNumber'), width: 16 },
    { key: 'excused', header: t('attendance.col.excused'), width: 12 },
    { key: 'unexcused', header: t('attendance.col.unexcused'), width: 12 },
    { key: 'percent', header: t('attendance.col.percent'), width: 12 },
    { key: 'barred', header: t('attendance.col.level'), width: 28 },
  ];
  const rows = (data?.rows ?? []).map((r) => ({
    ...r,
    barred: r.barred ? t('attendance.level.barred') : '',
  }));
  return (
    <>
      <ErrorAlert error={sheet.error} />
      {sheet.loading && <LinearProgress sx={{ mb: 1 }} />}
      {data && (
        <>
          <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 1 }}>
            <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} data-testid="monitoring-hours">
              {data.auditoriumHours === null
                ? t('attendance.monitoring.hoursUnknown')
                : t('attendance.monitoring.hours', { hours: data.auditoriumHours, lessons: data.lessons })}
            </Typography>
            <ExportButton title={`${groupName} ${subject.name}`} columns={columns} rows={rows} />
          </Stack>
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" data-testid="monitoring-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t('attendance.col.student')}</TableCell>
                  <TableCell align="right">{t('attendance.col.excused')}</TableCell>
                  <TableCell align="right">{t('attendance.col.unexcused')}</TableCell>
                  <TableCell align="right">{t('attendance.col.percent')}</TableCell>
                  <TableCell>{t('attendance.col.level')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.rows.map((r) => (
                  <TableRow key={r.id} hover data-testid="monitoring-row">
                    <TableCell>
                      <StudentNameLink shell={shell} id={r.id} name={r.name} />
                    </TableCell>
                    <TableCell align="right">{hours(r.excused)}</TableCell>
                    <TableCell align="right">{hours(r.unexcused)}</TableCell>
                    <TableCell align="right">{percent(r.percent)}</TableCell>
                    <TableCell>{r.barred && <LevelChip level="barred" />}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </>
  );
}
