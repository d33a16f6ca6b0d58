import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PlaylistAddCheckOutlined from '@mui/icons-material/PlaylistAddCheckOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import { Alert, Button, Link, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { ScholarshipPreview } from '../../../src-shared/contract/scholarships';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { formatSom } from '../../../src-shared/domain/fees';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import type { ShellDef } from '../../shells/shells';
import { DateField } from '../../ui/DateField';
import { downloadBase64 } from '../../ui/ExportButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { orderPath, yearName } from '../orders/bulk/bulk-format';
import { FacultySelect } from '../orders/bulk/FacultySelect';
import { RulesDialog } from './RulesDialog';
import { ScholarshipTables } from './ScholarshipTables';

const COURSES = [1, 2, 3, 4, 5, 6];

interface Scope {
  departmentId: string;
  course: string;
  educationYear: string;
  half: 1 | 2;
}

/** The academic year today falls in (it starts in September) and the half: autumn until January. */
export function defaultScope(today: string): Scope {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return { departmentId: '', course: '', educationYear: String(m >= 9 ? y : y - 1), half: m >= 9 || m === 1 ? 1 : 2 };
}

/**
 * Stipendiya tayinlash: the list of a faculty's course for a semester from grades and the office's rules, who is
 * left out and why, the Excel export, and the scholarship order drafted from it (then approved and applied on
 * the order's own page).
 */
export function ScholarshipsPage({ shell }: { shell: ShellDef }) {
  const { t, tKey, locale } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const today = tashkentMoment(new Date()).date;
  const [scope, setScope] = useState<Scope>(() => defaultScope(today));
  const [preview, setPreview] = useState<ScholarshipPreview | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState<'show' | 'export' | 'draft' | null>(null);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [rulesOpen, setRulesOpen] = useState(false);

  const input = {
    departmentId: scope.departmentId || null,
    course: scope.course ? Number(scope.course) : null,
    educationYear: scope.educationYear,
    half: scope.half,
  };
  const change = (next: Partial<Scope>) => {
    // A list belongs to the scope it was made for.
    setScope((s) => ({ ...s, ...next }));
    setPreview(null);
    setError(null);
  };

  async function show(): Promise<void> {
    setBusy('show');
    const res = await call('scholarships.preview', input);
    setBusy(null);
    setPreview(res.ok ? res.data : null);
    setError(res.ok ? null : res.error);
  }

  async function exportList(): Promise<void> {
    setBusy('export');
    const res = await call('scholarships.export', { ...input, lang: locale });
    setBusy(null);
    if (res.ok) downloadBase64(res.data.fileName, res.data.data);
    else setError(res.error);
  }

  async function draftOrder(): Promise<void> {
    setBusy('draft');
    const res = await call('scholarships.draftOrder', { ...input, effectiveDate: effectiveDate || null });
    setBusy(null);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    notify(
      t(res.data.updated ? 'scholarships.draft.updated' : 'scholarships.draft.created', {
        students: res.data.students,
      }),
      'success',
    );
    void navigate(orderPath(shell, res.data.orderId));
  }

  const year = Number(scope.educationYear);
  const todayYear = Number(defaultScope(today).educationYear);
  const years = [todayYear + 1, todayYear, todayYear - 1, todayYear - 2].map(String);
  if (!years.includes(scope.educationYear)) years.push(scope.educationYear);
  const approved = preview?.order && preview.order.status !== 'draft';
  return (
    <>
      <PageHeader title={t('scholarships.title')} intro={t('scholarships.intro')} />
      <Stack spacing={2}>
        <SectionCard title={t('scholarships.title')}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <FacultySelect value={scope.departmentId} onChange={(departmentId) => change({ departmentId })} />
            <TextField
              select
              size="small"
              label={t('scholarships.field.course')}
              value={scope.course}
              onChange={(e) => change({ course: e.target.value })}
              sx={{ width: 120, flexShrink: 0 }}
              slotProps={{
                inputLabel: { shrink: true },
                select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'filter-course' } as object },
              }}
            >
              <MenuItem value="">{t('common.all')}</MenuItem>
              {COURSES.map((c) => (
                <MenuItem key={c} value={String(c)}>
                  {c}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={t('scholarships.field.year')}
              value={scope.educationYear}
              onChange={(e) => change({ educationYear: e.target.value })}
              sx={{ width: 160, flexShrink: 0 }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'filter-year' } as object } }}
            >
              {years.map((y) => (
                <MenuItem key={y} value={y}>
                  {yearName(y)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={t('scholarships.field.half')}
              value={scope.half}
              onChange={(e) => change({ half: Number(e.target.value) === 2 ? 2 : 1 })}
              sx={{ width: 200, flexShrink: 0 }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'filter-half' } as object } }}
            >
              <MenuItem value={1}>{t('scholarships.half.1')}</MenuItem>
              <MenuItem value={2}>{t('scholarships.half.2')}</MenuItem>
            </TextField>
            <Button
              variant="contained"
              startIcon={<PlaylistAddCheckOutlined />}
              onClick={() => void show()}
              disabled={busy !== null || !(year > 2000)}
              sx={{ flexShrink: 0 }}
            >
              {t('scholarships.show')}
            </Button>
            <Button
              variant="text"
              startIcon={<TuneOutlined />}
              onClick={() => setRulesOpen(true)}
              sx={{ flexShrink: 0 }}
            >
              {t('scholarships.rules.open')}
            </Button>
          </Stack>
        </SectionCard>
        <ErrorAlert error={error} />
        {preview && (
          <>
            <Alert severity="info" data-testid="amount-source">
              {preview.amountSource.kind === 'tariff'
                ? t('scholarships.amountSource.tariff', {
                    label: preview.amountSource.label,
                    amount: formatSom(preview.amountSource.monthlyStipend ?? 0),
                  })
                : t('scholarships.amountSource.rules')}
            </Alert>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
              <Button
                variant="outlined"
                startIcon={<FileDownloadOutlined />}
                onClick={() => void exportList()}
                disabled={busy !== null}
              >
                {t('scholarships.export')}
              </Button>
              <DateField
                label={t('scholarships.field.effectiveDate')}
                value={effectiveDate}
                onChange={setEffectiveDate}
                size="small"
                sx={{ width: 200, flexShrink: 0 }}
                name="effectiveDate"
              />
              <Button
                variant="contained"
                onClick={() => void draftOrder()}
                disabled={busy !== null || preview.included.length === 0 || !!approved}
              >
                {t('scholarships.draftOrder')}
              </Button>
              {preview.order && (
                <Link component={RouterLink} to={orderPath(shell, preview.order.id)} data-testid="scholarship-order">
                  {t('scholarships.order.existing', { status: tKey(`orders.status.${preview.order.status}`) })}
                </Link>
              )}
            </Stack>
            <ScholarshipTables preview={preview} />
          </>
        )}
      </Stack>
      {rulesOpen && (
        <RulesDialog
          onClose={(saved) => {
            setRulesOpen(false);
            if (saved) {
              notify(t('scholarships.rules.saved'), 'success');
              if (preview) void show();
            }
          }}
        />
      )}
    </>
  );
}
