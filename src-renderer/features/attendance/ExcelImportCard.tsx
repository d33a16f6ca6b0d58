import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { IMPORT_KINDS, type AttendanceImportResult } from '../../../src-shared/contract/attendance';
import { formatBytes } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import type { AppErrorShape } from '../../../src-shared/errors';
import { bytesToBase64, fileProblem } from '../student-import/file-base64';
import { FilterSelect } from './FilterSelect';
import { ImportReport } from './ImportReport';
import { JobBar } from './JobBar';
import { useJob } from './use-job';

type Kind = (typeof IMPORT_KINDS)[number];
const COLUMNS: Record<Kind, string[]> = {
  attendance: ['studentIdNumber', 'subject', 'date', 'pair', 'excused', 'unexcused', 'semester', 'educationYear'],
  timetable: ['group', 'subject', 'date', 'pair', 'startTime', 'endTime', 'auditorium', 'lecturer', 'trainingType'],
  exams: ['group', 'subject', 'date', 'startTime', 'examType', 'attempt', 'auditorium'],
};

/** An Excel/CSV file of absences, lessons or exams: check first (nothing written), then import. */
export function ExcelImportCard() {
  const { t, tOr } = useI18n();
  const [kind, setKind] = useState<Kind>('attendance');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [result, setResult] = useState<AttendanceImportResult | null>(null);
  const { job, jobId, start } = useJob();
  const running = job?.state === 'running' || (jobId !== null && job === null);

  useEffect(() => {
    if (!jobId || !job || job.state === 'running') return;
    void call('attendance.importResult', { jobId }).then((res) => {
      if (res.ok) setResult(res.data);
      else setError(res.error);
    });
  }, [jobId, job]);

  async function run(dryRun: boolean) {
    if (!file) return;
    setError(null);
    setResult(null);
    const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const res = await call('attendance.import', { kind, fileName: file.name, data, dryRun });
    if (res.ok) start(res.data.jobId);
    else setError(res.error);
  }

  const problem = file ? fileProblem(file) : null;
  return (
    <SectionCard
      title={t('attendance.import.fromExcel')}
      hint={t('attendance.import.columnsHint', {
        columns: COLUMNS[kind].map((c) => tOr(`attendance.field.${c}`, c)).join(', '),
      })}
    >
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
          <FilterSelect
            label={t('attendance.import.kind')}
            value={kind}
            options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`attendance.import.kind.${k}`) }))}
            onChange={(v) => {
              setKind(v as Kind);
              setResult(null);
            }}
            testId="import-kind"
            allLabel={false}
            minWidth={260}
          />
          <Button component="label" variant="outlined" startIcon={<UploadFileOutlined />}>
            {file ? file.name : t('attendance.import.file')}
            <input
              hidden
              type="file"
              accept=".xlsx,.csv"
              data-testid="import-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setResult(null);
                setError(null);
              }}
            />
          </Button>
          <Button
            variant="outlined"
            disabled={!file || !!problem || running}
            onClick={() => void run(true)}
            data-testid="import-check"
          >
            {t('attendance.import.check')}
          </Button>
          <Button
            variant="contained"
            disabled={!file || !!problem || running}
            onClick={() => void run(false)}
            data-testid="import-write"
          >
            {t('attendance.import.write')}
          </Button>
        </Stack>
        {problem && file && (
          <Alert severity="error">
            {problem === 'empty'
              ? t('importWizard.file.empty', { file: file.name })
              : t('importWizard.file.tooLarge', { file: file.name, size: formatBytes(file.size) })}
          </Alert>
        )}
        {job?.state === 'running' && <JobBar job={job} testId="import-progress" />}
        {job?.state === 'cancelled' && <Alert severity="info">{t('error.cancelled')}</Alert>}
        {job?.state === 'failed' && !error && (
          <ErrorAlert
            error={{
              code: 'CONFLICT',
              key: job.errorKey ?? 'error.importFailed',
              message: job.error ?? '',
              params: job.errorParams ?? { error: job.error ?? '' },
            }}
          />
        )}
        <ErrorAlert error={error} />
        {result && <ImportReport result={result} />}
        {!result && !running && !error && (
          <Typography variant="body2" color="text.secondary">
            {t('attendance.import.intro')}
          </Typography>
        )}
      </Stack>
    </SectionCard>
  );
}
