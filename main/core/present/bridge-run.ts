/**
 * The one extra run that splits a movement into data and model effects: the earlier
 * candidate's model, with its own preprocessing and settings, evaluated on the later data.
 */
import { GapboardError } from '../project/errors.js';
import type { ProjectSession } from '../project/session.js';
import type { Run } from '../../../shared/schema.js';
import { recordRun, runEvaluation, type RunHooks } from '../runs/index.js';
import { attribute, type Attribution } from './attribution.js';

/**
 * Evaluates and records the bridge run when the attribution from `fromRef` to `toRef` needs
 * one, and returns the attribution with its split. Nothing is evaluated when a bridge run
 * exists already or the two candidates share their model or their data.
 */
export async function attributeWithBridge(
  session: ProjectSession,
  fromRef: string,
  toRef: string,
  hooks: RunHooks = {},
): Promise<{ attribution: Attribution; evaluated: Run | null }> {
  const first = attribute(session.doc, fromRef, toRef);
  if (!first.bridgeNeeded || !first.fromRun) return { attribution: first, evaluated: null };
  const earlier = session.doc.runs.find((r) => r.id === first.fromRun)!;
  const { kind: _kind, ...preprocessing } = earlier.preprocessing;
  const draft = await runEvaluation(
    session,
    {
      model: earlier.model,
      dataset: first.bridgeNeeded.dataset,
      preprocessing,
      settings: {
        batch: earlier.settings.batch,
        threads: earlier.settings.threads,
        bench: earlier.settings.bench,
        ...(earlier.settings.latencyBoundMs !== undefined ? { latencyBoundMs: earlier.settings.latencyBoundMs } : {}),
      },
    },
    hooks,
  );
  // Said on the run itself, so nobody takes it for a new candidate.
  const note = `attribution bridge: ${earlier.model} from ${first.from} on the data of ${first.to}`;
  const run = recordRun(session, { ...draft, flags: [note, ...draft.flags] });
  if (run.status !== 'done') {
    throw new GapboardError(
      'EVAL_FAILED',
      `The bridge run ${run.id} (${earlier.model} on ${first.bridgeNeeded.dataset.name}@v${first.bridgeNeeded.dataset.version}) failed: ${run.error ?? run.status}.`,
    );
  }
  return { attribution: attribute(session.doc, fromRef, toRef), evaluated: run };
}
