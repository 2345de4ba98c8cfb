/** onnxruntime sessions and the environment record that goes with every figure. */
import { availableParallelism, cpus, arch, release, type } from 'node:os';
import * as ort from 'onnxruntime-node';
import { GapboardError } from '../project/errors.js';
import type { Environment } from '../../../shared/schema.js';

export { ort };

/**
 * One session configured the same way for evaluation, speed and benchmarks, so the
 * app's figures and a bare `session.run` are comparable. Intra-op threads are always set
 * explicitly (`threads` 0 = one per logical core), so the figure recorded with a run is the
 * one the session used rather than a guess at onnxruntime's own default.
 */
export async function createSession(model: Uint8Array, threads: number, label: string): Promise<ort.InferenceSession> {
  try {
    return await ort.InferenceSession.create(model, {
      intraOpNumThreads: effectiveThreads(threads),
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
    });
  } catch (err) {
    throw new GapboardError('BAD_MODEL', `onnxruntime cannot load ${label}: ${(err as Error).message}`);
  }
}

/** Intra-op threads `createSession` sets: the requested count, else one per logical core. */
export function effectiveThreads(threads: number): number {
  return threads > 0 ? threads : availableParallelism();
}

export function environment(threads: number): Environment {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown';
  return {
    cpu,
    cores: availableParallelism(),
    threads: effectiveThreads(threads),
    os: `${type()} ${release()} ${arch()}`,
    runtime: `onnxruntime-node ${ort.env.versions.node ?? '?'}; node ${process.version}`,
  };
}

/** Runs one batch, turning onnxruntime's exceptions into a failed run with the reason. */
export async function runBatch(
  session: ort.InferenceSession,
  input: string,
  output: string,
  data: Float32Array,
  dims: number[],
): Promise<ort.Tensor> {
  let results: ort.InferenceSession.OnnxValueMapType;
  try {
    results = await session.run({ [input]: new ort.Tensor('float32', data, dims) }, [output]);
  } catch (err) {
    throw new GapboardError(
      'EVAL_FAILED',
      `inference failed for input '${input}' [${dims.join(', ')}]: ${(err as Error).message}`,
    );
  }
  const out = results[output];
  if (!out || out.type !== 'float32') {
    throw new GapboardError(
      'EVAL_FAILED',
      `model output '${output}' is ${out ? out.type : 'missing'}; float32 scores are needed`,
    );
  }
  return out;
}
