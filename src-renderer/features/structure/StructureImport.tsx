import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import UploadFile from '@mui/icons-material/UploadFile';
import {
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { ChannelInput } from '../../../src-shared/contract';
import type { StructureImportResult } from '../../../src-shared/contract/structure';
import {
  STRUCTURE_IMPORT_COLUMNS,
  STRUCTURE_IMPORT_KINDS,
  type StructureImportKind,
} from '../../../src-shared/domain/structure-import-sheets';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { downloadBase64, sheetTitle } from '../../ui/ExportButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useJob } from '../attendance/use-job';
import { readFileBase64 } from '../student-import/file-base64';
import { StructureImportReport } from './StructureImportReport';

type Picked = { name: string; data: string };

/** Starts the import job and waits for its report (the job answers "running" until it is done). */
async function runImport(input: ChannelInput<'structure.importStructure'>, onStarted: (jobId: string) => void) {
  const started = await call('structure.importStructure', input);
  if (!started.ok) return started;
  onStarted(started.data.jobId);
  for (;;) {
    const res = await call('structure.importStructureResult', { jobId: started.data.jobId });
    if (res.ok || res.error.key !== 'error.structure.import.running') return res;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * "Import from Excel" for departments, specialties or groups: choose what, download the template
 * if needed, pick the file, check it (a dry run, the default) and then import it. The import is
 * one transaction: a file with any bad row writes nothing and lists every problem.
 */
export function StructureImport({
  initialKind = 'departments',
  onDone,
}: {
  initialKind?: StructureImportKind;
  onDone(): void;
}) {
  const { t, tKey } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<StructureImportKind>(initialKind);
  const [file, setFile] = useState<Picked | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<StructureImportResult | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const { job, start } = useJob();

  const reset = () => (setResult(null), setError(null));
  const run = async (f: Picked, asDryRun: boolean) => {
    setBusy(true);
    reset();
    const res = await runImport({ kind, fileName: f.name, data: f.data, dryRun: asDryRun }, start);
    setBusy(false);
    if (res.ok) {
      setResult(res.data);
      if (res.data.written) onDone();
    } else setError(res.error);
  };
  const template = async () => {
    const columns = STRUCTURE_IMPORT_COLUMNS[kind].map((c) => ({
      key: c,
      header: tKey(`structureImport.col.${kind}.${c}`),
      width: 26,
    }));
    const title = sheetTitle(t('structureImport.templateName', { kind: tKey(`structureImport.kind.${kind}`) }));
    const res = await call('exports.xlsx', { title, columns, rows: [] });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data);
    else setError(res.error);
  };
  const close = () => {
    setOpen(false);
    setFile(null);
    reset();
  };
  const canApply = result !== null && result.dryRun && result.errors.length === 0 && file !== null;

  return (
    <>
      <Button size="small" startIcon={<UploadFile />} onClick={() => setOpen(true)} data-testid="structure-import-open">
        {t('structureImport.button')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md" data-testid="structure-import-dialog">
        <DialogTitle>{t('structureImport.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {t('structureImport.intro')}
            </Typography>
            <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
              <ToggleButtonGroup
                size="small"
                exclusive
                value={kind}
                aria-label={t('structureImport.kind')}
                onChange={(_e, v: StructureImportKind | null) => v && (setKind(v), reset())}
              >
                {STRUCTURE_IMPORT_KINDS.map((k) => (
                  <ToggleButton key={k} value={k} data-testid={`structure-import-kind-${k}`}>
                    {tKey(`structureImport.kind.${k}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
              <Button
                size="small"
                startIcon={<FileDownloadOutlined />}
                onClick={() => void template()}
                data-testid="structure-import-template"
              >
                {t('structureImport.template')}
              </Button>
            </Stack>
            <Typography variant="body2">{tKey(`structureImport.hint.${kind}`)}</Typography>
            <Stack direction="row" spacing={2} alignItems="center">
              <Button variant="outlined" onClick={() => input.current?.click()} disabled={busy}>
                {t('structureImport.choose')}
              </Button>
              <Typography variant="body2" data-testid="structure-import-file-name">
                {file?.name ?? t('structureImport.noFile')}
              </Typography>
              <input
                ref={input}
                type="file"
                hidden
                accept=".xlsx,.csv"
                data-testid="structure-import-file"
                onChange={async (e) => {
                  const picked = e.target.files?.[0];
                  e.target.value = '';
                  if (!picked) return;
                  setFile({ name: picked.name, data: await readFileBase64(picked) });
                  reset();
                }}
              />
            </Stack>
            <FormControlLabel
              control={<Checkbox name="dryRun" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />}
              label={t('structureImport.dryRun')}
            />
            {busy && (
              <Stack direction="row" spacing={2} alignItems="center" data-testid="structure-import-progress">
                <Box sx={{ flexGrow: 1 }}>
                  {job && (
                    <Typography variant="body2" color="text.secondary">
                      {tKey(job.step)}
                    </Typography>
                  )}
                  <LinearProgress
                    variant={job && job.total > 0 ? 'determinate' : 'indeterminate'}
                    value={job && job.total > 0 ? Math.min(100, (job.done / job.total) * 100) : 0}
                  />
                </Box>
                {job && (
                  <Button color="inherit" onClick={() => void call('jobs.cancel', { id: job.id })}>
                    {t('structureImport.cancel')}
                  </Button>
                )}
              </Stack>
            )}
            <ErrorAlert error={error} />
            {result && <StructureImportReport result={result} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('common.close')}</Button>
          {canApply ? (
            <Button
              variant="contained"
              disabled={busy}
              onClick={() => void run(file, false)}
              data-testid="structure-import-apply"
            >
              {t('structureImport.apply')}
            </Button>
          ) : (
            <Button
              variant="contained"
              disabled={busy || file === null}
              onClick={() => file && void run(file, dryRun)}
              data-testid="structure-import-run"
            >
              {dryRun ? t('structureImport.check') : t('structureImport.apply')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
