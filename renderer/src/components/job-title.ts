import type { TFunction } from 'i18next';
import type { JobInfo } from '../../../shared/contract';

/** Catalogue key of each job kind's title; a kind not listed shows the label the core gave it. */
const TITLES: Record<string, string> = {
  'dataset.scan': 'jobs.title.scan',
  'dataset.verify': 'jobs.title.verify',
  'run.evaluate': 'jobs.title.evaluate',
};

/** A job's title in the reader's language, from what it works on. */
export function jobTitle(t: TFunction, job: Pick<JobInfo, 'kind' | 'label' | 'subject'>): string {
  const key = TITLES[job.kind];
  return key && job.subject ? t(key, job.subject) : job.label;
}
