/** Comparing two runs fairly, on the samples both scored. */
import { z } from 'zod';
import type { FairComparison } from './compare-types.js';
import { method } from './define.js';

export type { FairComparison, FairMetric } from './compare-types.js';

export const compareMethods = {
  'runs.compareFair': method<FairComparison>()(
    z.object({ a: z.string().min(1, 'a run id is required'), b: z.string().min(1, 'a run id is required') }).strict(),
    'Compare run b against run a on the samples both scored (matched by content hash): every quality metric recomputed there, accuracy tested with the exact McNemar test.',
  ),
} as const;
