import InsertDriveFileOutlined from '@mui/icons-material/InsertDriveFileOutlined';
import { Alert, Button, Paper, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { formatBytes } from '../../../src-shared/domain/format';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { FileDrop } from './FileDrop';
import { ImportProgress } from './ImportProgress';
import { ImportResultView } from './ImportResultView';
import { mappingProblem } from './mapping';
import { MappingTable } from './MappingTable';
import { PresetBar } from './PresetBar';
import { useImportWizard, type ImportWizard } from './use-import-wizard';

const STEPS = [
  'importWizard.step.file',
  'importWizard.step.mapping',
  'importWizard.step.check',
  'importWizard.step.import',
] as const;

function activeStep(w: ImportWizard): number {
  if (!w.file) return 0;
  if (!w.run) return 1;
  if (w.run.dryRun) return 2;
  return w.result ? 4 : 3;
}

function MappingStep({ w }: { w: ImportWizard }) {
  const t = useT();
  const problem = mappingProblem(w.columns);
  if (!w.file || !w.preview) return null;
  return (
    <Stack spacing={2}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
          <InsertDriveFileOutlined color="action" />
          <Typography fontWeight={600} data-testid="import-file" sx={{ flexGrow: 1 }}>
            {t('importWizard.file.current', { file: w.file.name, size: formatBytes(w.file.size) })}
          </Typography>
          <Button onClick={w.reset} disabled={w.running}>
            {t('importWizard.file.other')}
          </Button>
        </Stack>
      </Paper>
      <div>
        <Typography variant="h6" component="h2">
          {t('importWizard.mapping.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="header-row">
          {t('importWizard.mapping.headerRow', { row: w.preview.headerRow, count: w.preview.detected })}
        </Typography>
      </div>
      <PresetBar
        columns={w.columns}
        suggestedName={w.file.name.replace(/\.[^.]+$/, '')}
        disabled={w.running}
        onApply={w.applySavedPreset}
      />
      <MappingTable columns={w.columns} sample={w.preview.sample} disabled={w.running} onChange={w.setField} />
      {problem && <Alert severity="warning">{t(`importWizard.mapping.${problem}`)}</Alert>}
      <Stack direction="row" spacing={2} alignItems="center" justifyContent="flex-end">
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t('importWizard.dryRunHint')}
        </Typography>
        <Button
          variant="contained"
          onClick={() => void w.start(true)}
          disabled={w.running || problem !== null}
          data-testid="import-dry-run"
        >
          {t('importWizard.dryRun')}
        </Button>
      </Stack>
    </Stack>
  );
}

/**
 * Student import (issue 3): choose or drop a file → check the detected columns (presets) → dry run
 * with the row-level report → the real run → final counts. Nothing is written before the last step.
 */
export function ImportPage() {
  const t = useT();
  const w = useImportWizard();
  const { run, job, result } = w;
  const finished = run && job && job.state !== 'running';

  return (
    <>
      <PageHeader title={t('importWizard.title')} intro={t('importWizard.intro')} />
      <Stack spacing={2} data-testid="import-wizard">
        <Stepper activeStep={activeStep(w)} sx={{ py: 1 }}>
          {STEPS.map((key) => (
            <Step key={key}>
              <StepLabel>{t(key)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        <ErrorAlert error={w.error} />
        {!w.file && <FileDrop reading={w.reading} onFile={(f) => void w.chooseFile(f)} />}
        {w.file && !run && <MappingStep w={w} />}
        {run && !result && <ImportProgress job={job} dryRun={run.dryRun} onCancel={() => void w.cancel()} />}
        {run && finished && job.state !== 'succeeded' && (
          <Stack direction="row" justifyContent="flex-end">
            <Button onClick={w.backToMapping}>{t('importWizard.back')}</Button>
          </Stack>
        )}
        {run && result && (
          <ImportResultView
            jobId={run.jobId}
            result={result}
            onImport={result.dryRun ? () => void w.start(false) : undefined}
            onBack={result.dryRun ? w.backToMapping : undefined}
            onNew={w.reset}
          />
        )}
      </Stack>
    </>
  );
}
