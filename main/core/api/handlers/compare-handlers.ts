import type { compareMethods } from '../../../../shared/contract/compare-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { findRun } from '../../runs/index.js';
import { compareFair } from '../../runs/fair-compare.js';
import type { AreaHandlers } from './types.js';

/** Fair comparison of two runs: a one-liner onto the runs core. */
export function compareHandlers(core: GapboardCore): AreaHandlers<typeof compareMethods> {
  const doc = () => core.requireSession().doc;
  return {
    'runs.compareFair': ({ a, b }) =>
      compareFair(doc(), core.requireSession().storeDir, findRun(doc(), a), findRun(doc(), b)),
  };
}
