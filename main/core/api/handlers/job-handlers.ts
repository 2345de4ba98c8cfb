import type { jobMethods } from '../../../../shared/contract/job-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import type { AreaHandlers } from './types.js';

export function jobHandlers(core: GapboardCore): AreaHandlers<typeof jobMethods> {
  return {
    'jobs.list': () => core.jobs.list(),
    'jobs.get': ({ id }) => core.jobs.get(id),
    'jobs.cancel': ({ id }) => core.jobs.cancel(id),
  };
}
