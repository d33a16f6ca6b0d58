import DeleteOutline from '@mui/icons-material/DeleteOutline';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { defaultCalendar } from '../../../src-shared/domain/uz-holidays';
import type { HolidayCalendar } from '../../../src-shared/domain/working-days';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import type { ShellDef } from '../../shells/shells';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldIssues } from '../../ui/field-errors';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';

/** Monday first, as the office's wall calendar. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/**
 * The holiday calendar deadlines count with: holidays (with their names), weekend days made working days by
 * decree, and the days off of the week. Until the office saves its own it shows the law's calendar.
 */
export function HolidayCalendarPage(_props: { shell: ShellDef }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const query = useQuery('requests.calendar', {});
  const save = useMutation('requests.saveCalendar');
  const [draft, setDraft] = useState<HolidayCalendar | null>(null);
  const calendar = draft ?? query.data?.calendar;
  const issues = fieldIssues(save.error);
  const issueOf = (list: string, row: number) => issues.find((i) => i.path === `${list}.${row}`);

  if (!calendar) return <ErrorAlert error={query.error} />;
  const edit = (patch: Partial<HolidayCalendar>) => setDraft({ ...calendar, ...patch });
  const setHoliday = (row: number, patch: Partial<HolidayCalendar['holidays'][number]>) =>
    edit({ holidays: calendar.holidays.map((h, i) => (i === row ? { ...h, ...patch } : h)) });

  async function submit() {
    if (!calendar) return;
    const res = await save.run({ calendar });
    if (res.ok) {
      setDraft(res.data.calendar);
      notify(t('requests.calendar.saved'));
    }
  }

  function restoreLaw() {
    const year = Number(tashkentMoment(new Date()).date.slice(0, 4));
    setDraft(defaultCalendar([year, year + 1], calendar?.weekendDays));
  }

  return (
    <Box>
      <PageHeader
        title={t('requests.calendar.title')}
        intro={t('requests.calendar.intro')}
        actions={
          <>
            <Button onClick={restoreLaw}>{t('requests.calendar.law')}</Button>
            <Button
              variant="contained"
              onClick={() => void submit()}
              disabled={save.busy || (!draft && !query.data?.isDefault)}
            >
              {t('requests.save')}
            </Button>
          </>
        }
      />
      {query.data?.isDefault && !draft && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('requests.calendar.isDefault')}
        </Alert>
      )}
      {/* Row problems show on their rows; the weekend's under the weekend days. */}
      <ErrorAlert error={save.error} fields={issues.map((i) => i.path)} sx={{ mb: 2 }} />
      <Stack spacing={2}>
        <SectionCard title={t('requests.calendar.weekend')}>
          <Stack direction="row" flexWrap="wrap" useFlexGap>
            {WEEK.map((d) => (
              <FormControlLabel
                key={d}
                label={tKey(`requests.calendar.day.${d}`)}
                control={
                  <Checkbox
                    checked={calendar.weekendDays.includes(d)}
                    onChange={(e) =>
                      edit({
                        weekendDays: e.target.checked
                          ? [...calendar.weekendDays, d]
                          : calendar.weekendDays.filter((x) => x !== d),
                      })
                    }
                  />
                }
              />
            ))}
          </Stack>
          {issues
            .filter((i) => i.path.startsWith('weekendDays.'))
            .map((i) => (
              <Alert key={i.key} severity="error" sx={{ mt: 1 }}>
                {tKey(i.key, i.params)}
              </Alert>
            ))}
        </SectionCard>
        <SectionCard title={t('requests.calendar.holidays')}>
          <Table size="small" data-testid="holidays-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('requests.calendar.date')}</TableCell>
                <TableCell>{t('requests.calendar.nameUz')}</TableCell>
                <TableCell>{t('requests.calendar.nameRu')}</TableCell>
                <TableCell>{t('requests.calendar.nameEn')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {calendar.holidays.map((h, row) => {
                const issue = issueOf('holidays', row);
                return (
                  <TableRow key={row} data-testid="holiday-row" data-error={issue ? 'true' : undefined}>
                    <TableCell sx={{ width: 170 }}>
                      <DateField
                        size="small"
                        value={h.date}
                        onChange={(date) => setHoliday(row, { date })}
                        error={!!issue}
                        helperText={issue ? tKey(issue.key, issue.params) : undefined}
                      />
                    </TableCell>
                    {(['uz', 'ru', 'en'] as const).map((l) => (
                      <TableCell key={l}>
                        <TextField
                          size="small"
                          fullWidth
                          value={h.name[l]}
                          onChange={(e) => setHoliday(row, { name: { ...h.name, [l]: e.target.value } })}
                          slotProps={{ htmlInput: { 'aria-label': `${t('requests.calendar.date')} ${row + 1} ${l}` } }}
                        />
                      </TableCell>
                    ))}
                    <TableCell sx={{ width: 48 }}>
                      <IconButton
                        aria-label={t('requests.calendar.remove')}
                        onClick={() => edit({ holidays: calendar.holidays.filter((_h, i) => i !== row) })}
                      >
                        <DeleteOutline />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Button
            sx={{ mt: 1 }}
            onClick={() => edit({ holidays: [...calendar.holidays, { date: '', name: { uz: '', ru: '', en: '' } }] })}
          >
            {t('requests.calendar.addHoliday')}
          </Button>
        </SectionCard>
        <SectionCard title={t('requests.calendar.workdays')} hint={t('requests.calendar.workdaysHint')}>
          <Stack spacing={1}>
            {calendar.workdays.map((d, row) => {
              const issue = issueOf('workdays', row);
              return (
                <Stack key={row} direction="row" spacing={1} alignItems="center">
                  <DateField
                    size="small"
                    value={d}
                    onChange={(date) => edit({ workdays: calendar.workdays.map((x, i) => (i === row ? date : x)) })}
                    error={!!issue}
                    helperText={issue ? tKey(issue.key, issue.params) : undefined}
                  />
                  <IconButton
                    aria-label={t('requests.calendar.remove')}
                    onClick={() => edit({ workdays: calendar.workdays.filter((_x, i) => i !== row) })}
                  >
                    <DeleteOutline />
                  </IconButton>
                </Stack>
              );
            })}
            <Stack direction="row">
              <Button onClick={() => edit({ workdays: [...calendar.workdays, ''] })}>
                {t('requests.calendar.addWorkday')}
              </Button>
            </Stack>
          </Stack>
        </SectionCard>
      </Stack>
    </Box>
  );
}
