/** Long work runs as jobs: the start method of an area returns a JobInfo; these follow it. */
import { z } from 'zod';
import { method, noArgs, type JobInfo } from './define.js';

export const jobMethods = {
  'jobs.list': method<JobInfo[]>()(noArgs, 'Jobs running or recently ended.'),
  'jobs.get': method<JobInfo>()(z.object({ id: z.string().min(1) }).strict(), 'One job, with its result once done.'),
  'jobs.cancel': method<JobInfo>()(z.object({ id: z.string().min(1) }).strict(), 'Ask a running job to stop.'),
} as const;
