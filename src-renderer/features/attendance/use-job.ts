import { useCallback, useEffect, useState } from 'react';
import { jobSchema, type JobInfo } from '../../../src-shared/contract/jobs';
import { api, call } from '../../api/client';

/**
 * Follows one background job by id through `jobs.progress` events; a poll of `jobs.list` when it
 * starts catches a job that finished before the first event arrived.
 */
export function useJob() {
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<JobInfo | null>(null);
  useEffect(
    () =>
      api.on('jobs.progress', (payload) => {
        const parsed = jobSchema.safeParse(payload);
        if (parsed.success && parsed.data.id === jobId) setJob(parsed.data);
      }),
    [jobId],
  );
  useEffect(() => {
    if (!jobId) return;
    let live = true;
    const poll = async () => {
      const res = await call('jobs.list', {});
      const found = res.ok ? res.data.find((j) => j.id === jobId) : undefined;
      if (!live) return;
      if (found) setJob(found);
      // Events may be missed (a reconnecting bridge): keep polling slowly until the job is over.
      if (!found || found.state === 'running') timer = setTimeout(() => void poll(), 1000);
    };
    let timer = setTimeout(() => void poll(), 50);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [jobId]);
  const start = useCallback((id: string) => {
    setJob(null);
    setJobId(id);
  }, []);
  return { jobId, job, start };
}
