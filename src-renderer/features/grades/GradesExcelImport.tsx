import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { Alert, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { GradesImportResult } from '../../../src-shared/contract/grades';
import { formatBytes, formatNumber } from '../../../src-shared/domain/format';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { JobBar } from '../attendance/JobBar';
import { useJob } from '../attendance/use-job';
import { FileDrop } from '../student-import/FileDrop';
import { fileProblem, readFileBase64 } from '../student-import/file-base64';
import { ReportTable } from '../student-import/ReportTable';
import { CountTiles } from './CountTiles';
import { gradeReportLines, toWrite } from './import-report';

/**
 * A grades file: chosen (or dropped), checked at once as a dry run (counts and every rejected row
 * with its sheet row and column), then written for real on request; both runs are jobs with a bar
 * and Stop. The rejected rows download as .xlsx to be fixed and uploaded again.
 */
export function GradesExcelImport() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [starting, setStarting] = useState(false);
  const [result, setResult] = useState<GradesImportResult | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const { job, jobId, start } = useJob();
  const fetched = useRef<string | null>(null);
  const running = starting || job?.state === 'running' || (jobId !== null && job === null);

  useEffect(() => {
    if (!jobId || !job || job.state === 'running' || job.state === 'cancelled' || fetched.current === jobId) return;
    fetched.current = jobId;
    // A failed job answers with its own error (no header row, unreadable file …) in the person's language.
    void call('grades.importResult', { jobId }).then((res) => {
      if (res.ok) setResult(res.data);
      else setError(res.error);
    });
  }, [jobId, job]);

  async function run(chosen: File, dry: boolean) {
    setError(null);
    setResult(null);
    setDryRun(dry);
    setStarting(true);
    try {
      const data = await readFileBase64(chosen);
      const res = await call('grades.import', { fileName: chosen.name, data, dryRun: dry });
      if (res.ok) start(res.data.jobId);
      else setError(res.error);
    } finally {
      setStarting(false);
    }
  }

  function choose(chosen: File) {
    setFile(chosen);
    setResult(null);
    setError(null);
    if (!fileProblem(chosen)) void run(chosen, true);
  }

  function reset() {
    setFile(null);
    setResult(null);
    setError(null);
  }

  const problem = file ? fileProblem(file) : null;
  const stopped = job?.state === 'cancelled' && job.id === jobId;
  const writable = result ? toWrite(result) : 0;

  return (
    <SectionCard title={t('grades.import.fromExcel')} hint={t('grades.import.columns')}>
      <Stack spacing={2}>
        {!file ? (
          <FileDrop reading={null} onFile={choose} />
        ) : (
          <Stack direction="row" spacing={1.5} alignItems="center">
            <DescriptionOutlined color="action" />
            <Typography fontWeight={600} sx={{ flexGrow: 1, minWidth: 0 }} noWrap data-testid="grades-import-file">
              {t('grades.import.file', { file: file.name, size: formatBytes(file.size) })}
            </Typography>
            {!running && !result && !problem && (
              <Button variant="outlined" onClick={() => void run(file, true)} data-testid="grades-import-check">
                {t('grades.import.check')}
              </Button>
            )}
            <Button onClick={reset} disabled={running} data-testid="grades-import-other">
              {t('grades.import.otherFile')}
            </Button>
          </Stack>
        )}
        {problem && file && (
          <Alert severity="error">
            {problem === 'empty'
              ? t('importWizard.file.empty', { file: file.name })
              : t('importWizard.file.tooLarge', { file: file.name, size: formatBytes(file.size) })}
          </Alert>
        )}
        {running &&
          (job?.state === 'running' ? (
            <JobBar job={job} testId="grades-import-progress" />
          ) : (
            <LinearProgress sx={{ height: 8, borderRadius: 4 }} data-testid="grades-import-progress" />
          ))}
        {stopped && (
          <Alert severity="info" data-testid="grades-import-stopped">
            {t(dryRun ? 'grades.import.stoppedCheck' : 'grades.import.stoppedWrite')}
          </Alert>
        )}
        <ErrorAlert error={error} />
        {result && !running && (
          <Stack spacing={2} data-testid={result.dryRun ? 'grades-dry-run' : 'grades-import-done'}>
            <Alert
              severity={result.dryRun ? 'info' : 'success'}
              icon={result.dryRun ? <FactCheckOutlined /> : <CheckCircleOutline />}
            >
              <Typography fontWeight={600}>
                {t(result.dryRun ? 'grades.import.checked' : 'grades.import.done')}
              </Typography>
              {t('grades.import.rowsRead', { file: result.fileName, rows: formatNumber(result.rows) })}
            </Alert>
            <CountTiles
              testId="grades-import-counts"
              tiles={[
                { id: 'rows', label: t('grades.import.count.rows'), value: result.rows, color: 'text.primary' },
                { id: 'added', label: t('grades.import.count.added'), value: result.added, color: 'success.main' },
                {
                  id: 'replaced',
                  label: t('grades.import.count.replaced'),
                  value: result.replaced,
                  color: 'info.main',
                },
                {
                  id: 'unchanged',
                  label: t('grades.import.count.unchanged'),
                  value: result.unchanged,
                  color: 'text.secondary',
                },
                {
                  id: 'rejected',
                  label: t('grades.import.count.rejected'),
                  value: result.rejectedCount,
                  color: 'error.main',
                },
              ]}
            />
            {result.replaced > 0 && (
              <Typography variant="body2" color="text.secondary">
                {t('grades.import.replacedHint')}
              </Typography>
            )}
            <ReportTable
              title={t('grades.import.rejected')}
              lines={gradeReportLines(result)}
              total={result.rejectedCount}
              shown={result.rejected.length}
              empty={t('grades.import.noRejected')}
              testId="grades-import-rejected"
            />
            <Stack direction="row" spacing={1} alignItems="center" justifyContent="flex-end">
              {result.dryRun ? (
                <>
                  <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
                    {writable > 0 ? t('grades.import.runHint') : t('grades.import.nothing')}
                  </Typography>
                  <Button
                    variant="contained"
                    disabled={!file || writable === 0}
                    onClick={() => file && void run(file, false)}
                    data-testid="grades-import-run"
                  >
                    {t('grades.import.run', { count: formatNumber(writable) })}
                  </Button>
                </>
              ) : (
                <Button variant="contained" onClick={reset} data-testid="grades-import-again">
                  {t('grades.import.again')}
                </Button>
              )}
            </Stack>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
