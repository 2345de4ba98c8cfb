import type { mergeMethods } from '../../../../shared/contract/merge-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { applyMerge, previewMerge } from '../../merge/session-merge.js';
import type { AreaHandlers } from './types.js';

export function mergeHandlers(core: GapboardCore): AreaHandlers<typeof mergeMethods> {
  return {
    'merge.preview': (req) => previewMerge(core.requireSession(), req),
    'merge.apply': async (req) => {
      const report = await applyMerge(core.requireSession(), req);
      return { report, project: core.changed() };
    },
  };
}
