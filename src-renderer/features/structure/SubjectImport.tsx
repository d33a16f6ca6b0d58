import UploadFile from '@mui/icons-material/UploadFile';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { SubjectImportResult } from '../../../src-shared/contract/structure';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { readFileBase64 } from '../student-import/file-base64';

/** Starts the import job and waits for its report (the job answers "running" until it is done). */
async function runImport(input: { curriculumId: string; fileName: string; data: string; dryRun: boolean }) {
  const started = await call('structure.importSubjects', input);
  if (!started.ok) return started;
  for (;;) {
    const res = await call('structure.importSubjectsResult', { jobId: started.data.jobId });
    if (res.ok || res.error.key !== 'error.structure.import.running') return res;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Curriculum subjects from Excel/CSV: a dry run first lists what would be created and every bad
 * row; the real import runs only for a clean file, as one transaction.
 */
export function SubjectImport({ curriculumId, onDone }: { curriculumId: string; onDone(): void }) {
  const { t, tKey } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [result, setResult] = useState<SubjectImportResult | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (f: { name: string; data: string }, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    const res = await runImport({ curriculumId, fileName: f.name, data: f.data, dryRun });
    setBusy(false);
    if (res.ok) {
      setResult(res.data as SubjectImportResult);
      if (res.data.written) onDone();
    } else setError(res.error);
  };
  const close = () => {
    setFile(null);
    setResult(null);
    setError(null);
  };
  return (
    <>
      <Button startIcon={<UploadFile />} onClick={() => input.current?.click()}>
        {t('structure.import.button')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,.csv"
        data-testid="subject-import-file"
        onChange={async (e) => {
          const picked = e.target.files?.[0];
          e.target.value = '';
          if (!picked) return;
          const f = { name: picked.name, data: await readFileBase64(picked) };
          setFile(f);
          await run(f, true);
        }}
      />
      <Dialog open={file !== null} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{t('structure.import.title', { file: file?.name ?? '' })}</DialogTitle>
        <DialogContent>
          {busy && <LinearProgress sx={{ mb: 2 }} />}
          <ErrorAlert error={error} />
          {result && (
            <Alert severity={result.errors.length > 0 ? 'warning' : result.written ? 'success' : 'info'} sx={{ mb: 2 }}>
              {t(result.written ? 'structure.import.written' : 'structure.import.summary', {
                rows: result.rows,
                created: result.created,
                updated: result.updated,
                unchanged: result.unchanged,
                newSubjects: result.newSubjects,
                errors: result.errors.length,
              })}
            </Alert>
          )}
          {result && result.errors.length > 0 && (
            <Table size="small" aria-label={t('structure.import.errors')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('structure.import.row')}</TableCell>
                  <TableCell>{t('structure.import.column')}</TableCell>
                  <TableCell>{t('structure.import.problem')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.errors.map((e, i) => (
                  <TableRow key={i}>
                    <TableCell>{e.row}</TableCell>
                    <TableCell>{e.column ?? '—'}</TableCell>
                    <TableCell>{tKey(e.key, e.params)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('common.close')}</Button>
          {result && !result.written && result.errors.length === 0 && file && (
            <Button variant="contained" disabled={busy} onClick={() => void run(file, false)}>
              {t('structure.import.apply')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
