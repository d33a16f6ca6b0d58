import type { Services } from '../../backend/context';
import type { Actor } from '../../commands/run-command';
import type { JobContext } from '../../jobs/job-runner';

export interface DemoOptions {
  students: number;
  seed?: number;
  batchSize?: number;
}

export interface DemoSummary {
  faculties: number;
  specialties: number;
  groups: number;
  students: number;
  batches: number;
}

/** Placeholder: the demo institution generator lands in the next commit. */
export async function generateDemo(
  _services: Services,
  _actor: Actor,
  _opts: DemoOptions,
  _job: JobContext,
): Promise<DemoSummary> {
  throw new Error('not implemented yet');
}
