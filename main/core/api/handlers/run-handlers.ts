import path from 'node:path';
import type { runMethods } from '../../../../shared/contract/run-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { environment } from '../../eval/session.js';
import { inspectModel } from '../../models/inspect.js';
import {
  checkRunRequest,
  compareRuns,
  findRun,
  recordRun,
  registerModel,
  removeModel,
  removeRun,
  runEvaluation,
  runGallery,
  storedFacts,
} from '../../runs/index.js';
import type { AreaHandlers } from './types.js';

/** Models and runs: one-liners onto the runs core; an evaluation is a job recorded when it ends. */
export function runHandlers(core: GapboardCore): AreaHandlers<typeof runMethods> {
  const doc = () => core.requireSession().doc;
  // A relative path is relative to the open project's folder, like every path in the file.
  const abs = (p: string) => path.resolve(core.current?.folder ?? process.cwd(), p);
  return {
    'models.inspect': async ({ path: file }) => storedFacts(await inspectModel(abs(file))),
    'models.add': async (input) => {
      const model = await registerModel(core.requireSession(), { ...input, path: abs(input.path) });
      return { id: model.id, project: core.changed() };
    },
    'models.remove': ({ id }) => {
      removeModel(core.requireSession(), id);
      return core.changed();
    },
    'runs.start': (req) => {
      const session = core.requireSession();
      const { model } = checkRunRequest(session.doc, req);
      const label = `Evaluating ${model.name} on ${req.dataset.name}@v${req.dataset.version}`;
      return core.jobs.start(
        'run.evaluate',
        label,
        ({ signal, progress }) =>
          runEvaluation(session, req, { signal, onProgress: (p) => progress(p.done, p.total), now: core.now }),
        (run) => {
          // The project may have been closed or switched while the job ran.
          if (core.current !== session) return { runId: null };
          const recorded = recordRun(session, run);
          core.changed();
          return { runId: recorded.id };
        },
        { model: model.name, name: req.dataset.name, version: String(req.dataset.version) },
      );
    },
    'runs.get': ({ id }) => findRun(doc(), id),
    'runs.gallery': ({ id, ...filter }) =>
      runGallery(doc(), core.requireSession().storeDir, findRun(doc(), id), filter),
    'runs.compare': ({ ids }) => compareRuns(ids.map((id) => findRun(doc(), id))),
    'runs.remove': ({ id }) => {
      removeRun(core.requireSession(), id);
      return core.changed();
    },
    'runs.environment': () => environment(0),
  };
}
