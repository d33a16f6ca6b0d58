import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Button, Grid, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ImportResultInfo } from '../../../src-shared/contract/students';
import type { AppErrorShape } from '../../../src-shared/errors';
import { formatNumber } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { downloadBase64 } from '../../ui/ExportButton';
import { rejectedLines, warningLines } from './report-rows';
import { ReportTable } from './ReportTable';

const COUNTS = [
  ['imported', 'importWizard.count.imported', 'success.main'],
  ['updated', 'importWizard.count.updated', 'info.main'],
  ['unchanged', 'importWizard.count.unchanged', 'text.secondary'],
  ['rejectedCount', 'importWizard.count.rejected', 'error.main'],
] as const;

function Counts({ result }: { result: ImportResultInfo }) {
  const { t } = useI18n();
  return (
    <Grid container spacing={2}>
      {COUNTS.map(([field, label, color]) => (
        <Grid key={field} size={{ xs: 6, md: 3 }}>
          <Paper variant="outlined" sx={{ p: 2 }} data-testid={`count-${field}`}>
            <Typography variant="body2" color="text.secondary">
              {t(label)}
            </Typography>
            <Typography
              variant="h4"
              component="p"
              data-testid="count-value"
              sx={{ color: result[field] > 0 ? color : 'text.disabled', fontVariantNumeric: 'tabular-nums' }}
            >
              {formatNumber(result[field])}
            </Typography>
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}

interface Props {
  jobId: string;
  result: ImportResultInfo;
  /** Present after a dry run: run the import for real, or go back to the columns. */
  onImport?(): void;
  onBack?(): void;
  onNew(): void;
}

/** Steps 3 and 4: the counts, the rejected rows and warnings, the .xlsx report, and what comes next. */
export function ImportResultView({ jobId, result, onImport, onBack, onNew }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [downloading, setDownloading] = useState(false);

  async function downloadReport() {
    setDownloading(true);
    setError(null);
    const report = await call('students.importReport', { jobId });
    setDownloading(false);
    if (report.ok) downloadBase64(report.data.fileName, report.data.data);
    else setError(report.error);
  }

  return (
    <Stack spacing={2} data-testid={result.dryRun ? 'dry-run-result' : 'import-result'}>
      <Alert
        severity={result.dryRun ? 'info' : 'success'}
        icon={result.dryRun ? <FactCheckOutlined /> : <CheckCircleOutline />}
        action={
          <Button
            color="inherit"
            size="small"
            startIcon={<FileDownloadOutlined />}
            onClick={() => void downloadReport()}
            disabled={downloading}
            data-testid="download-report"
          >
            {t('importWizard.report.download')}
          </Button>
        }
      >
        <Typography fontWeight={600}>
          {t(result.dryRun ? 'importWizard.result.dryRun' : 'importWizard.result.done')}
        </Typography>
        {t('importWizard.result.file', { file: result.fileName, rows: formatNumber(result.rows) })}
      </Alert>
      <ErrorAlert error={error} />
      <Counts result={result} />
      <ReportTable
        title={t('importWizard.rejected.title')}
        lines={rejectedLines(result, i18n)}
        total={result.rejectedCount}
        shown={result.rejected.length}
        empty={t('importWizard.rejected.none')}
        testId="rejected-table"
      />
      {result.warningCount > 0 && (
        <ReportTable
          title={t('importWizard.warnings.title')}
          lines={warningLines(result, i18n)}
          total={result.warningCount}
          shown={result.warnings.length}
          empty=""
          testId="warnings-table"
        />
      )}
      <Stack direction="row" spacing={1} justifyContent="flex-end" alignItems="center">
        {onImport && (
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
            {t('importWizard.runHint')}
          </Typography>
        )}
        {onBack && <Button onClick={onBack}>{t('importWizard.back')}</Button>}
        {onImport ? (
          <Button
            variant="contained"
            onClick={onImport}
            disabled={result.imported + result.updated === 0}
            data-testid="import-run"
          >
            {t('importWizard.run')}
          </Button>
        ) : (
          <Button variant="contained" onClick={onNew} data-testid="import-new">
            {t('importWizard.again')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
