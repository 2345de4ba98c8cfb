import type { manualMethods } from '../../../../shared/contract/manual-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { addEvidence, judgeRequirement, removeEvidence } from '../../requirements/manual.js';
import type { AreaHandlers } from './types.js';

export function manualHandlers(core: GapboardCore): AreaHandlers<typeof manualMethods> {
  return {
    'requirements.addEvidence': async ({ id, ...input }) => {
      const evidence = await addEvidence(core.requireSession(), id, input);
      return { evidence, project: core.changed() };
    },
    'requirements.removeEvidence': ({ id, index }) => {
      removeEvidence(core.requireSession(), id, index);
      return core.changed();
    },
    'requirements.judge': ({ id, ...input }) => {
      judgeRequirement(core.requireSession(), id, input);
      return core.changed();
    },
  };
}
