import { useCallback, useEffect, useRef, useState } from 'react';
import { jobSchema, type JobInfo } from '../../../src-shared/contract/jobs';
import { api } from '../../api/client';

/**
 * The later of two views of one job. A `jobs.list` snapshot taken while the job ran can arrive after
 * the event that said it finished: it must not bring the job back to "running" (the page would wait
 * for an end that has already come).
 */
export function newerJobInfo(current: JobInfo | undefined, incoming: JobInfo): JobInfo {
  if (current && current.state !== 'running' && incoming.state === 'running') return current;
  return incoming;
}

/**
 * Live state of background jobs from `jobs.progress` events. Events can arrive before the call
 * that started the job has answered, so every job is kept by id, not only the one asked for.
 * `onFinished` runs (from the event, not from render) when any job reaches a final state.
 */
export function useJobs(onFinished?: () => void) {
  const [jobs, setJobs] = useState<Record<string, JobInfo>>({});
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  const merge = useCallback((infos: JobInfo[]) => {
    setJobs((current) => {
      const next = { ...current };
      for (const info of infos) next[info.id] = newerJobInfo(next[info.id], info);
      return next;
    });
    if (infos.some((info) => info.state !== 'running')) finished.current?.();
  }, []);

  useEffect(
    () =>
      api.on('jobs.progress', (payload) => {
        const parsed = jobSchema.safeParse(payload);
        if (parsed.success) merge([parsed.data]);
      }),
    [merge],
  );

  return { jobs, merge };
}
