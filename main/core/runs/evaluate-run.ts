/**
 * A model × dataset version evaluation as a Run document. The whole
 * evaluation runs in a worker thread; whatever goes wrong there becomes a `failed` run with
 * the reason, so the app, the project file and the other runs are never touched by it.
 *
 * Cancelling is not a result: `runEvaluation` rejects with CANCELLED and nothing is recorded
 * (a cancelled run has no figures worth keeping, and the job list already says it was stopped).
 */
import { resolveSource } from '../datasets/register.js';
import { findVersion } from '../datasets/lookup.js';
import { evaluateInWorker } from '../eval/run-in-worker.js';
import { environment } from '../eval/session.js';
import type { EvalProgress, EvalResult } from '../eval/evaluate.js';
import type { EvalJob } from '../eval/source-spec.js';
import type { SpeedOptions } from '../eval/speed.js';
import type { SpawnWorker } from '../eval/worker-pool.js';
import { GapboardError } from '../project/errors.js';
import type { DatasetVersion, Model, Preprocessing, ProjectDocument } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { checkSplit, datasetSourceSpec } from './dataset-source.js';
import { findModel, modelFile } from './models.js';
import type { RunDraft } from './records.js';
import { defaultLatencyBound, environmentWarnings } from './serving.js';
import { splitIncludesTraining } from '../../../shared/training-data.js';

export interface RunRequest {
  /** Model id or name. */
  model: string;
  dataset: { name: string; version: number; split?: string };
  preprocessing?: Partial<Omit<Preprocessing, 'kind'>>;
  settings?: { batch?: number; threads?: number; bench?: boolean; latencyBoundMs?: number; maxPixels?: number };
}

export interface RunHooks {
  signal?: AbortSignal;
  onProgress?: (p: EvalProgress) => void;
  /** Spawns the evaluation worker (a bundled build passes its own). */
  spawnWorker?: SpawnWorker;
  /** Wall clock for `startedAt` (defaults to the session's clock). */
  now?: () => string;
  /** Speed-pass budget when `settings.bench` is on (tests and the sample generator keep it short). */
  speed?: Omit<SpeedOptions, 'latencyBoundMs'>;
}

const DEFAULT_BATCH = 32;

/** Turns NaN / ±Infinity into null: JSON cannot hold them and the schema says "not computed". */
function finiteOrNull(m: Record<string, number | null>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(m)) out[k] = typeof v === 'number' && Number.isFinite(v) ? v : null;
  return out;
}

/** Keeps the intervals JSON can hold, in key order so a re-run writes the same bytes. */
function finiteIntervals(m: Record<string, [number, number]> | undefined): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [k, [lo, hi]] of Object.entries(m ?? {}))
    if (Number.isFinite(lo) && Number.isFinite(hi)) out[k] = [lo, hi];
  return out;
}

/** What the run will say about its preprocessing when the engine never got to resolve it. */
function declaredPreprocessing(doc: ProjectDocument, req: RunRequest, classes: string[]): Preprocessing {
  const model = doc.models.find((m) => m.id === req.model || m.name === req.model);
  const rank = model?.inputs[0]?.shape.length ?? 4;
  return {
    kind: rank === 2 ? 'tabular' : 'image',
    ...req.preprocessing,
    classes: req.preprocessing?.classes ?? classes,
    input: req.preprocessing?.input ?? model?.inputs[0]?.name ?? '',
    output: req.preprocessing?.output ?? model?.outputs[0]?.name ?? '',
  };
}

/** Packs the engine's result into the document's compact run shape (its predictions are in the store). */
function toRun(
  base: Omit<RunDraft, 'metrics' | 'flags' | 'issues' | 'status'>,
  r: EvalResult,
  flags: string[],
): RunDraft {
  // The worker wrote the predictions into the store as they came.
  if (!r.stored) throw new GapboardError('EVAL_FAILED', 'the evaluation did not record its predictions');
  const run: RunDraft = {
    ...base,
    preprocessing: r.preprocessing,
    settings: { ...base.settings, batch: r.settings.batch },
    status: 'done',
    metrics: finiteOrNull(r.metrics),
    intervals: finiteIntervals(r.intervals),
    ...(r.confusion ? { confusion: r.confusion } : {}),
    ...(r.latencyHistogram ? { latencyHistogram: r.latencyHistogram } : {}),
    flags: [...r.flags, ...flags],
    environment: r.environment,
    predictions: r.stored,
    issues: r.issues,
  };
  return run;
}

/**
 * Resolves a request's model, dataset version and samples, or throws what is wrong with it
 * (NOT_FOUND for an unknown model or version, BAD_ARGUMENT for an empty split): callers that
 * start a job check first, so a bad request fails the call rather than a job.
 */
export function checkRunRequest(
  doc: ProjectDocument,
  req: RunRequest,
): { model: Model; version: DatasetVersion; label: string } {
  const model = findModel(doc, req.model);
  const { name, version, split } = req.dataset;
  const label = `${name}@v${version}${split !== undefined ? `:${split}` : ''}`;
  const v = findVersion(doc, name, version);
  checkSplit(v, split, label);
  return { model, version: v, label };
}

/**
 * Evaluates a registered model on a dataset version (or one split of it) and returns the
 * run to record. Unknown model / dataset / split refs throw (nothing to record); anything
 * failing inside the evaluation yields `status: 'failed'` with `error`.
 * @throws GapboardError NOT_FOUND / BAD_ARGUMENT for bad references, CANCELLED on cancel.
 */
export async function runEvaluation(session: ProjectSession, req: RunRequest, hooks: RunHooks = {}): Promise<RunDraft> {
  const doc = session.doc;
  const { model, version: v, label } = checkRunRequest(doc, req);
  const { name, version, split } = req.dataset;
  const threads = req.settings?.threads ?? 0;
  const bench = req.settings?.bench ?? false;
  const latencyBoundMs = req.settings?.latencyBoundMs ?? (bench ? defaultLatencyBound(doc) : undefined);
  const startedAt = (hooks.now ?? (() => session.nowIso()))();
  const t0 = performance.now();
  const base = {
    model: model.id,
    dataset: { name, version, ...(split !== undefined ? { split } : {}) },
    preprocessing: declaredPreprocessing(doc, { ...req, model: model.id }, v.classes),
    settings: {
      batch: req.settings?.batch ?? DEFAULT_BATCH,
      threads,
      bench,
      ...(latencyBoundMs !== undefined ? { latencyBoundMs } : {}),
    },
    startedAt,
    durationMs: 0,
    environment: environment(threads),
  };
  try {
    const source = await datasetSourceSpec(session.storeDir, name, v, resolveSource(session, v.source), {
      label,
      ...(split !== undefined ? { split } : {}),
      ...(req.preprocessing?.features ? { features: req.preprocessing.features } : {}),
    });
    const job: EvalJob = {
      options: {
        model: modelFile(session, model),
        preprocessing: { ...req.preprocessing, classes: req.preprocessing?.classes ?? v.classes },
        batch: base.settings.batch,
        threads,
        ...(req.settings?.maxPixels !== undefined ? { maxPixels: req.settings.maxPixels } : {}),
        predictions: false,
        ...(bench ? { speed: { ...hooks.speed, ...(latencyBoundMs !== undefined ? { latencyBoundMs } : {}) } } : {}),
      },
      source,
      recordInto: session.storeDir,
    };
    const result = await evaluateInWorker(
      job,
      {
        ...(hooks.signal ? { signal: hooks.signal } : {}),
        ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
      },
      hooks.spawnWorker,
    );
    const flags = bench ? environmentWarnings(doc, result.environment) : [];
    if (splitIncludesTraining(v, split))
      flags.push(`includes training data: ${label} holds training samples, so its quality figures flatter the model`);
    if (result.model.sha256 !== model.sha256)
      flags.push(`model file ${model.path} changed since it was registered (sha-256 differs)`);
    return { ...toRun(base, result, flags), durationMs: Math.round(performance.now() - t0) };
  } catch (err) {
    if (hooks.signal?.aborted || (err instanceof GapboardError && err.code === 'CANCELLED')) {
      throw new GapboardError('CANCELLED', `evaluation of ${model.name} on ${label} was cancelled`);
    }
    return {
      ...base,
      status: 'failed',
      durationMs: Math.round(performance.now() - t0),
      error: err instanceof Error ? err.message : String(err),
      metrics: {},
      flags: [],
      issues: [],
    };
  }
}
