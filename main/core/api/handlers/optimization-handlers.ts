import type { optimizationMethods } from '../../../../shared/contract/optimization-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { diffModels } from '../../models/model-diff.js';
import { planCapacity } from '../../runs/capacity.js';
import { findModel, findRun } from '../../runs/index.js';
import { buildTradeoff } from '../../runs/tradeoff.js';
import { compareWithParent } from '../../runs/variant-compare.js';
import { quantizeRegisteredModel, setVariant } from '../../runs/variants.js';
import type { AreaHandlers } from './types.js';

/** Trade-off, capacity, variants and model diffs: one-liners onto the runs core. */
export function optimizationHandlers(core: GapboardCore): AreaHandlers<typeof optimizationMethods> {
  const doc = () => core.requireSession().doc;
  return {
    'runs.tradeoff': ({ x, y }) => buildTradeoff(doc(), x, y),
    'runs.capacity': ({ id, qps }) => planCapacity(doc(), findRun(doc(), id), qps),
    'runs.variantCompare': ({ id }) => compareWithParent(doc(), core.requireSession().storeDir, findRun(doc(), id)),
    'models.quantize': async ({ model, name }) => {
      const outcome = await quantizeRegisteredModel(core.requireSession(), model, name ? { name } : {});
      return { outcome, project: core.changed() };
    },
    'models.setVariant': ({ id, parent, kind, note }) => {
      setVariant(core.requireSession(), id, parent, kind, note);
      return core.changed();
    },
    'models.diff': ({ a, b }) => diffModels(findModel(doc(), a), findModel(doc(), b)),
  };
}
