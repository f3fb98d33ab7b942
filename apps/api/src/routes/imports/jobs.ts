import type { CommitOutcome } from './pipeline';

/**
 * Running commits, in process: the abort switch (cancel) and the bytes read so far (progress) of each
 * import being committed, plus what is needed to answer for it without the database (on PGlite, a
 * running import's transaction holds the one connection). One job per import at a time.
 */
export interface ImportJob {
  importId: string;
  organisationId: string;
  teamId: string;
  controller: AbortController;
  processedBytes: number;
  done: Promise<CommitOutcome>;
}

const jobs = new Map<string, ImportJob>();

export const runningJob = (importId: string): ImportJob | undefined => jobs.get(importId);

/** Starts a job; it leaves the registry when it ends, however it ends. */
export function startJob(
  meta: Omit<ImportJob, 'controller' | 'processedBytes' | 'done'>,
  run: (job: ImportJob) => Promise<CommitOutcome>,
): ImportJob {
  const job: ImportJob = {
    ...meta,
    controller: new AbortController(),
    processedBytes: 0,
    done: Promise.resolve(null as never),
  };
  jobs.set(meta.importId, job);
  job.done = run(job).finally(() => jobs.delete(meta.importId));
  return job;
}
