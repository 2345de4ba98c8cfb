/**
 * Speed figures in MLPerf's scenarios: single-stream latency at batch 1 after warm-up (its
 * percentiles at LoadGen's index, each with a distribution-free 95% interval), offline
 * throughput at the best batch, and server QPS under a p95 bound.
 *
 * `server_qps` is found by replaying the measured single-stream service times through a
 * simulated FIFO queue with seeded Poisson arrivals and binary-searching the arrival rate
 * whose p95 latency stays within the bound; a live load test of each candidate rate would
 * take minutes, the replay takes milliseconds and uses this machine's real latencies.
 * Sizes are decimal: `model_size_mb` = bytes / 1e6, `peak_memory_mb` = peak RSS / 1e6.
 */
import { GapboardError } from '../project/errors.js';
import { loadgenPercentile, minQueriesForBound, percentileInterval } from './percentiles.js';
import { histogram, queueP95, rssPeakTracker, seededRandom } from './stats.js';
import { ort, runBatch } from './session.js';

export interface SpeedOptions {
  /** Untimed queries before measuring (default 10). */
  warmup?: number;
  /** Single-stream queries to time (default 1000, enough to bound p99 from both sides). */
  queries?: number;
  /** Upper bound on the whole speed pass in seconds (default 10). */
  maxSeconds?: number;
  /** Batches tried for offline throughput (default 1, 2, 4 … 64). */
  batches?: number[];
  /** The p95 bound for `server_qps`; without it `server_qps` is not measured. */
  latencyBoundMs?: number;
  /** Simulated arrivals per candidate rate (default 20000). */
  serverQueries?: number;
  seed?: number;
}

export interface SpeedInput {
  input: string;
  output: string;
  /** One preprocessed sample; batches repeat it. */
  sample: Float32Array;
  sampleDims: number[];
  fixedBatch?: number;
}

export interface SpeedResult {
  metrics: Record<string, number | null>;
  /** 95% order-statistic interval of each latency percentile that has one. */
  intervals: Record<string, [number, number]>;
  histogram: { edgesMs: number[]; counts: number[] };
  flags: string[];
  queries: number;
  bestBatch: number;
  peakRssBytes: number;
}

const PERCENTILES: [string, number][] = [
  ['p50', 0.5],
  ['p90', 0.9],
  ['p95', 0.95],
  ['p99', 0.99],
];

function batchOf(inp: SpeedInput, b: number): Float32Array {
  const out = new Float32Array(b * inp.sample.length);
  for (let i = 0; i < b; i++) out.set(inp.sample, i * inp.sample.length);
  return out;
}

export async function measureSpeed(
  session: ort.InferenceSession,
  inp: SpeedInput,
  opts: SpeedOptions = {},
  signal?: AbortSignal,
): Promise<SpeedResult> {
  const budgetMs = (opts.maxSeconds ?? 10) * 1000;
  const t0 = performance.now();
  const flags: string[] = [];
  const rss = rssPeakTracker();
  const check = (): void => {
    if (signal?.aborted) throw new GapboardError('CANCELLED', 'speed measurement cancelled');
  };
  const b1 = inp.fixedBatch ?? 1;
  if (b1 !== 1) flags.push(`latency: the model's batch is fixed at ${b1}; single-stream latency is per batch of ${b1}`);
  const one = batchOf(inp, b1);
  const dims1 = [b1, ...inp.sampleDims];
  const run = (data: Float32Array, dims: number[]) => runBatch(session, inp.input, inp.output, data, dims);

  for (let i = 0; i < (opts.warmup ?? 10); i++) await run(one, dims1);
  // Single-stream gets 60% of the budget, offline the rest; the server search is simulated.
  const ssDeadline = t0 + budgetMs * 0.6;
  const wanted = Math.max(1, opts.queries ?? 1000);
  // Nothing but session.run between the two clock reads: the input tensor, feeds and fetch
  // list are built once and times go into a preallocated array, so a 20 µs model is timed
  // without the harness's allocations or checks in its figure.
  const feeds = { [inp.input]: new ort.Tensor('float32', one, dims1) };
  const fetches = [inp.output];
  const times = new Float64Array(wanted);
  let count = 0;
  try {
    while (count < wanted && (count === 0 || performance.now() < ssDeadline)) {
      if ((count & 15) === 0) {
        check();
        rss.sample();
      }
      const s = performance.now();
      await session.run(feeds, fetches);
      times[count++] = performance.now() - s;
    }
  } catch (err) {
    if (err instanceof GapboardError) throw err;
    throw new GapboardError(
      'EVAL_FAILED',
      `inference failed for input '${inp.input}' [${dims1.join(', ')}]: ${(err as Error).message}`,
    );
  }
  const lat = times.subarray(0, count);
  const sorted = Float64Array.from(lat).sort();
  const metrics: SpeedResult['metrics'] = { latency_mean_ms: lat.reduce((a, b) => a + b, 0) / lat.length };
  const intervals: SpeedResult['intervals'] = {};
  for (const [name, p] of PERCENTILES) {
    metrics[`latency_${name}_ms`] = loadgenPercentile(sorted, p);
    const ci = percentileInterval(sorted, p);
    if (ci) intervals[`latency_${name}_ms`] = ci;
    else
      flags.push(
        `latency_${name}_ms: ${lat.length} queries bound no 95% interval (${minQueriesForBound(p)} needed); indicative only`,
      );
  }

  const candidates = inp.fixedBatch !== undefined ? [inp.fixedBatch] : (opts.batches ?? [1, 2, 4, 8, 16, 32, 64]);
  const perBatchMs = Math.max(t0 + budgetMs - performance.now(), 1) / candidates.length;
  let best = 0;
  let bestBatch = candidates[0] as number;
  for (const b of candidates) {
    check();
    const data = batchOf(inp, b);
    const dims = [b, ...inp.sampleDims];
    await run(data, dims); // warm-up: first run at a new shape allocates
    let done = 0;
    const s = performance.now();
    while (done === 0 || performance.now() - s < perBatchMs) {
      await run(data, dims);
      done += b;
    }
    const qps = done / ((performance.now() - s) / 1000);
    rss.force();
    if (qps > best) [best, bestBatch] = [qps, b];
  }
  metrics.throughput_qps = best;
  flags.push(`throughput_qps: best at batch ${bestBatch}`);

  if (opts.latencyBoundMs !== undefined) {
    metrics.server_qps = serverQps(sorted, opts.latencyBoundMs, opts.serverQueries ?? 20000, opts.seed ?? 1, flags);
  }
  return {
    metrics,
    intervals,
    histogram: histogram(lat),
    flags,
    queries: lat.length,
    bestBatch,
    peakRssBytes: rss.peak,
  };
}

/** Highest Poisson arrival rate (queries / s) whose simulated p95 stays ≤ bound, or null. */
export function serverQps(
  service: Float64Array,
  boundMs: number,
  queries: number,
  seed: number,
  flags: string[],
): number | null {
  const rnd = seededRandom(seed);
  const u = new Float64Array(queries * 2);
  for (let i = 0; i < u.length; i++) u[i] = rnd();
  const mean = service.reduce((a, b) => a + b, 0) / service.length;
  let lo = 0;
  let hi = 1 / mean; // per ms; at or above this the queue grows without bound
  if (queueP95(hi * 1e-6, service, u) > boundMs) {
    flags.push(`server_qps: even an idle server exceeds the ${boundMs} ms p95 bound`);
    return null;
  }
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (queueP95(mid, service, u) <= boundMs) lo = mid;
    else hi = mid;
  }
  flags.push(
    `server_qps: simulated from ${service.length} measured latencies, ${queries} Poisson arrivals, seed ${seed}`,
  );
  return lo * 1000;
}
