/**
 * One local evaluation: model × samples × preprocessing × settings → metrics, confusion,
 * per-sample predictions, issues, environment.
 *
 * Streams the source in chunks of one batch; image chunks are decoded by a worker pool
 * while the previous batch runs in onnxruntime, with a bounded number of chunks in flight,
 * so memory holds a few batches plus what the metrics need (a few numbers per sample)
 * whatever the dataset size. Per-sample rows go to `hooks.onPredictions` in source order as
 * they settle; they are kept in the result only when the caller asks for them.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { modelFacts, type ModelFacts } from '../models/inspect.js';
import { GapboardError } from '../project/errors.js';
import type { Environment, Preprocessing } from '../../../shared/schema.js';
import { sampleSize, type DecodeResult, type DecodeTask } from './decode-work.js';
import { keepRows, type PredictionRow } from './prediction-rows.js';
import { defaultMaxPixels, imagePlan, resolvePreprocessing, type PreprocessingOptions } from './preprocess.js';
import { PredictionStore, type Task } from './scoring.js';
import { classifyTask, Inferencer } from './inferencer.js';
import { createSession, environment } from './session.js';
import { rssPeakTracker } from './stats.js';
import type { EvalSample, EvalSource } from './sources.js';
import { measureSpeed, type SpeedOptions, type SpeedResult } from './speed.js';
import { defaultSpawnWorker, WorkerPool, type SpawnWorker } from './worker-pool.js';

export interface EvaluateOptions {
  /** Path of the ONNX file. */
  model: string;
  source: EvalSource;
  preprocessing?: PreprocessingOptions;
  /** Inference batch (default 32; 1 when the model's batch dim is fixed at 1). */
  batch?: number;
  /** onnxruntime intra-op threads; 0 = its default (one per core). */
  threads?: number;
  /** Decode worker threads for image data (default min(2, cores)). */
  workers?: number;
  /** Default: regression for a single numeric output with numeric labels, else classification. */
  task?: Task;
  /** Output symbols by index for text models (CTC greedy decoding); implies task 'text'. */
  charset?: string[];
  blank?: number;
  /**
   * Images with more pixels are refused before decoding, so memory stays bounded whatever
   * the files claim. Default: see defaultMaxPixels.
   */
  maxPixels?: number;
  /**
   * Keep per-sample predictions in the result (default true). An ad-hoc evaluation that only
   * prints metrics turns it off, so nothing per sample outlives the scoring; a recorded run
   * turns it off and takes the rows through `onPredictions` instead.
   */
  predictions?: boolean;
  /** Also measure speed (latency, throughput, server QPS) with the same session. */
  speed?: SpeedOptions | boolean;
  spawnWorker?: SpawnWorker;
}

export interface EvalProgress {
  done: number;
  total: number;
  samplesPerSec: number;
  /** Seconds left at the current rate; null before a rate is known. */
  etaSec: number | null;
}

export interface EvaluateHooks {
  onProgress?: (p: EvalProgress) => void;
  signal?: AbortSignal;
  /**
   * Every sample's prediction row, in source order, a group at a time as soon as all earlier
   * samples are settled; the evaluation waits for a returned promise (back-pressure).
   */
  onPredictions?: (rows: PredictionRow[]) => void | Promise<void>;
}

export interface EvalResult {
  task: Task;
  /** Samples scored (failed samples are in `issues`, not in `n`). */
  n: number;
  classes: string[];
  metrics: Record<string, number | null>;
  /** 95% intervals keyed like `metrics`: Wilson for proportions, order statistics for latency percentiles. */
  intervals: Record<string, [number, number]>;
  confusion?: number[][];
  /**
   * Index-aligned with the source's samples; pred −1 for samples that were not scored.
   * Absent when the caller asked for none.
   */
  predictions?: { paths: string[]; truth: number[]; pred: number[]; conf: number[] };
  /** Regression truth / prediction values, index-aligned like `predictions`. */
  values?: { truth: number[]; pred: number[] };
  /** Text-model decoded outputs, index-aligned like `predictions`. */
  texts?: string[];
  issues: { path: string; reason: string }[];
  preprocessing: Preprocessing;
  settings: { batch: number; threads: number; workers: number };
  flags: string[];
  latencyHistogram?: { edgesMs: number[]; counts: number[] };
  environment: Environment;
  model: ModelFacts;
  durationMs: number;
  /** Where the predictions were written, when the worker was asked to record them into a store. */
  stored?: { store: string; rows: number; columns: string[] };
}

/** Images per decode task at most (rounded up to whole inference batches)… */
const DECODE_CHUNK = 256;
/** …and tensor floats per task at most, unless one batch alone holds more. */
const DECODE_CHUNK_FLOATS = 1 << 20;

const cancelled = (): GapboardError => new GapboardError('CANCELLED', 'evaluation cancelled');

/**
 * Runs the evaluation. Rejects with a GapboardError (BAD_MODEL, BAD_DATA, BAD_ARGUMENT,
 * EVAL_FAILED, CANCELLED) and never leaves workers or sessions behind.
 */
export async function evaluate(opts: EvaluateOptions, hooks: EvaluateHooks = {}): Promise<EvalResult> {
  const started = performance.now();
  const { signal, onProgress } = hooks;
  if (signal?.aborted) throw cancelled();
  const label = basename(opts.model);
  let bytes: Buffer;
  try {
    bytes = await readFile(opts.model);
  } catch (err) {
    throw new GapboardError('BAD_MODEL', `cannot read model ${opts.model}: ${(err as Error).message}`);
  }
  const facts = modelFacts(bytes, label);
  const { source } = opts;
  const prep = resolvePreprocessing({ ...facts, label }, opts.preprocessing ?? {}, source);
  if (prep.kind !== source.kind) {
    const input = facts.inputs.find((t) => t.name === prep.input);
    throw new GapboardError(
      'BAD_ARGUMENT',
      `${label} input '${prep.input}' [${input?.shape.join(', ')}] takes ${prep.kind === 'image' ? 'images' : 'feature rows'}, but ${source.label} holds ${source.kind === 'image' ? 'images' : 'a feature table'}`,
    );
  }
  const task = opts.task ?? (opts.charset ? 'text' : classifyTask(facts, prep, source));
  const threads = opts.threads ?? 0;
  const workers = Math.max(1, opts.workers ?? Math.min(2, availableParallelism()));
  // Decode workers load their code while onnxruntime builds the session.
  const pool: WorkerPool<DecodeTask, DecodeResult> | undefined =
    prep.kind === 'image'
      ? new WorkerPool<DecodeTask, DecodeResult>(opts.spawnWorker ?? defaultSpawnWorker, 'decode', workers)
      : undefined;
  let session: Awaited<ReturnType<typeof createSession>> | undefined;
  const rss = rssPeakTracker();
  try {
    session = await createSession(bytes, threads, label);
    const inf = new Inferencer(session, facts, prep, task, source, opts, label);
    const keep = opts.predictions ?? true;
    const kept = keep ? keepRows(task) : undefined;
    const onRows = hooks.onPredictions;
    const sink =
      kept && onRows
        ? async (rows: PredictionRow[]) => {
            await kept.sink(rows);
            await onRows(rows);
          }
        : (kept?.sink ?? onRows);
    const store = new PredictionStore(task, source.count, sink);
    const issues: EvalResult['issues'] = [...(source.issues ?? [])];
    const plan = prep.kind === 'image' ? imagePlan(prep, inf.inputShape) : undefined;
    const gray = prep.color === 'grayscale';
    const maxPixels = opts.maxPixels ?? (plan ? defaultMaxPixels(plan) : 0);
    // Decode tasks span several inference batches: each message to a worker costs about as
    // much as decoding a few small images, so small chunks would leave the cores waiting.
    // Large inputs keep to one batch a task, so the chunks in flight stay a few MB.
    const perTask = plan ? Math.min(DECODE_CHUNK, Math.floor(DECODE_CHUNK_FLOATS / sampleSize(plan))) : 0;
    const chunkSize = inf.batch * Math.max(1, Math.ceil(perTask / inf.batch));

    let done = 0;
    let lastReport = 0;
    const report = (force: boolean): void => {
      const now = performance.now();
      if (!onProgress || (!force && now - lastReport < 100)) return;
      lastReport = now;
      const rate = done / Math.max((now - started) / 1000, 1e-9);
      onProgress({
        done,
        total: source.count,
        samplesPerSec: rate,
        etaSec: done > 0 ? (source.count - done) / rate : null,
      });
    };

    type Chunk = { seqs: number[]; samples: EvalSample[]; decoded: Promise<DecodeResult> };
    const inflight: Chunk[] = [];
    const maxInflight = workers * 2 + 1;
    let chunk: { seqs: number[]; samples: EvalSample[] } = { seqs: [], samples: [] };

    const dispatch = (): void => {
      if (chunk.seqs.length === 0) return;
      const c = chunk;
      chunk = { seqs: [], samples: [] };
      const decoded = pool
        ? pool.run({ files: c.samples.map((s) => s.absPath as string), plan: plan!, gray, maxPixels })
        : Promise.resolve(inf.tabular(c.samples));
      decoded.catch(() => undefined); // awaited later; avoids an unhandled rejection meanwhile
      inflight.push({ ...c, decoded });
    };
    const consume = async (): Promise<void> => {
      const c = inflight.shift() as Chunk;
      const result = await c.decoded;
      if (signal?.aborted) throw cancelled();
      for (const f of result.failed) issues.push({ path: c.samples[f.index]?.path ?? '?', reason: f.reason });
      await inf.infer(c.seqs, c.samples, result, store);
      // Whatever did not score (a file that failed to decode) still has its row.
      c.seqs.forEach((i, j) => store.unscored(i, c.samples[j]?.path));
      await store.flush();
      done += c.seqs.length;
      rss.sample();
      report(false);
    };

    let seq = 0;
    for await (const sample of source.samples()) {
      if (signal?.aborted) throw cancelled();
      const i = seq++;
      if (i >= source.count)
        throw new GapboardError('BAD_DATA', `${source.label} yielded more samples than it announced (${source.count})`);
      const problem =
        sample.problem ?? inf.problemOf(sample) ?? (plan && !sample.absPath ? 'no image file' : undefined);
      if (problem) {
        issues.push({ path: sample.path ?? `#${i}`, reason: problem });
        store.unscored(i, sample.path);
        await store.flush();
        done++;
        continue;
      }
      chunk.seqs.push(i);
      chunk.samples.push(sample);
      if (chunk.seqs.length >= (pool ? chunkSize : inf.batch)) dispatch();
      while (inflight.length >= maxInflight) await consume();
    }
    dispatch();
    while (inflight.length > 0) await consume();
    if (signal?.aborted) throw cancelled();
    // A source that yielded fewer samples than it announced still gets one row per sample.
    for (let i = seq; i < source.count; i++) store.unscored(i, undefined);
    await store.flush(true);
    report(true);

    const { metrics, intervals = {}, confusion, n } = store.metrics(prep.classes);
    const flags = [...inf.flags];
    let speed: SpeedResult | undefined;
    if (opts.speed) {
      if (signal?.aborted) throw cancelled();
      speed = await measureSpeed(session, inf.speedInput(), opts.speed === true ? {} : opts.speed, signal);
      Object.assign(metrics, speed.metrics);
      Object.assign(intervals, speed.intervals);
      flags.push(...speed.flags);
    }
    metrics.model_size_mb = facts.size / 1e6;
    metrics.params_m = facts.params / 1e6;
    rss.force();
    metrics.peak_memory_mb = Math.max(rss.peak, speed?.peakRssBytes ?? 0) / 1e6;
    return {
      task,
      n,
      classes: task === 'classification' ? prep.classes : [],
      metrics,
      intervals,
      ...(confusion ? { confusion } : {}),
      ...kept?.kept,
      issues,
      preprocessing: prep,
      settings: { batch: inf.batch, threads, workers: plan ? workers : 0 },
      flags,
      ...(speed ? { latencyHistogram: speed.histogram } : {}),
      environment: environment(threads),
      model: facts,
      durationMs: performance.now() - started,
    };
  } finally {
    await pool?.close();
    await session?.release().catch(() => undefined);
  }
}
