import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportResultInfo } from '../../../src-shared/contract/students';
import { formatBytes } from '../../../src-shared/domain/format';
import type { StudentImportField } from '../../../src-shared/domain/student-headers';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useJobs } from '../backups/use-jobs';
import { fileProblem, readFileBase64 } from './file-base64';
import { applyPreset, mappingInput, setColumnField, type Cell, type MappingColumn } from './mapping';

export interface ChosenFile {
  name: string;
  size: number;
  /** The bytes as base64, kept for the dry run and the real run. */
  data: string;
}

export interface Preview {
  headerRow: number;
  /** How many columns the backend recognised by their header. */
  detected: number;
  sample: { row: number; cells: Cell[] }[];
}

export interface Run {
  jobId: string;
  dryRun: boolean;
}

// Job events normally arrive over the event stream; this catches a missed one (a reconnect).
const POLL_MS = 2000;

function localError(key: string, params: Record<string, string | number>): AppErrorShape {
  return { code: 'VALIDATION', key, message: key, params };
}

/**
 * The wizard's state: the file (sent as base64), the editable column mapping, the current job
 * (dry run or real) with its live progress, and its result once it has finished.
 */
export function useImportWizard() {
  const { jobs, merge } = useJobs();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [columns, setColumns] = useState<MappingColumn[]>([]);
  const [run, setRun] = useState<Run | null>(null);
  const [results, setResults] = useState<Record<string, ImportResultInfo>>({});
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [starting, setStarting] = useState(false);
  // A file chosen while another is still being read wins; the older answer is dropped.
  const readToken = useRef(0);

  const job = run ? jobs[run.jobId] : undefined;
  const result = run ? results[run.jobId] : undefined;
  const running = run !== null && (!job || job.state === 'running');

  const finishedId = run && job?.state === 'succeeded' && !result ? run.jobId : null;
  useEffect(() => {
    if (!finishedId) return;
    let live = true;
    void call('students.importResult', { jobId: finishedId }).then((envelope) => {
      if (!live) return;
      if (envelope.ok) setResults((current) => ({ ...current, [finishedId]: envelope.data }));
      else setError(envelope.error);
    });
    return () => {
      live = false;
    };
  }, [finishedId]);

  const runningId = running ? run.jobId : null;
  useEffect(() => {
    if (!runningId) return;
    const timer = setInterval(() => {
      void call('jobs.list', {}).then((list) => {
        if (list.ok) merge(list.data.filter((j) => j.id === runningId));
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [runningId, merge]);

  const chooseFile = useCallback(async (chosen: File) => {
    const token = ++readToken.current;
    setError(null);
    setRun(null);
    setPreview(null);
    setFile(null);
    const problem = fileProblem(chosen);
    if (problem) {
      setError(localError(`importWizard.file.${problem}`, { file: chosen.name, size: formatBytes(chosen.size) }));
      return;
    }
    setReading(chosen.name);
    try {
      const data = await readFileBase64(chosen);
      const envelope = await call('students.importPreview', { fileName: chosen.name, data });
      if (token !== readToken.current) return;
      if (!envelope.ok) {
        setError(envelope.error);
        return;
      }
      setFile({ name: chosen.name, size: chosen.size, data });
      setColumns(envelope.data.columns);
      setPreview({
        headerRow: envelope.data.headerRow,
        detected: envelope.data.columns.filter((c) => c.field).length,
        sample: envelope.data.sample,
      });
    } finally {
      if (token === readToken.current) setReading(null);
    }
  }, []);

  const setField = useCallback((index: number, field: StudentImportField | null) => {
    setColumns((current) => setColumnField(current, index, field));
  }, []);

  /** Applies a saved preset; returns how many columns it matched. */
  const applySavedPreset = useCallback(
    (mapping: Record<string, string>): number => {
      const applied = applyPreset(columns, mapping);
      setColumns(applied.columns);
      return applied.matched;
    },
    [columns],
  );

  const start = useCallback(
    async (dryRun: boolean) => {
      if (!file) return;
      setError(null);
      setStarting(true);
      const started = await call('students.import', {
        fileName: file.name,
        data: file.data,
        dryRun,
        mapping: mappingInput(columns),
        ...(preview ? { headerRow: preview.headerRow } : {}),
      });
      setStarting(false);
      if (!started.ok) {
        setError(started.error);
        return;
      }
      setRun({ jobId: started.data.jobId, dryRun });
      // A small file is done before the event stream delivers anything: catch up once.
      const list = await call('jobs.list', {});
      if (list.ok) merge(list.data.filter((j) => j.id === started.data.jobId));
    },
    [file, columns, merge, preview],
  );

  const cancel = useCallback(async () => {
    if (!run) return;
    const answer = await call('jobs.cancel', { id: run.jobId });
    if (!answer.ok) setError(answer.error);
  }, [run]);

  const backToMapping = useCallback(() => {
    setError(null);
    setRun(null);
  }, []);

  const reset = useCallback(() => {
    readToken.current++;
    setError(null);
    setRun(null);
    setPreview(null);
    setFile(null);
    setColumns([]);
    setReading(null);
  }, []);

  return {
    file,
    reading,
    preview,
    columns,
    run,
    job,
    result,
    running: running || starting,
    error,
    chooseFile,
    setField,
    applySavedPreset,
    start,
    cancel,
    backToMapping,
    reset,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
