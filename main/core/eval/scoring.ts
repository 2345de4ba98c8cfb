/**
 * Per-sample scoring and the compact prediction store: what the metrics need across a run,
 * and nothing more, in typed arrays sized to the source's sample count — class indices and a
 * top-5 bit per scored sample (classification), two doubles (regression), the two strings
 * text metrics compare (text), and per sample one number naming its set of slice tags. No
 * metric needs the per-sample probability vectors, so none is kept. Everything else a run
 * records per sample (confidence, path, the unscored samples' rows) goes out through
 * `OrderedRows` as soon as it is settled.
 */
import { classificationMetrics, type Intervals, type Metrics } from './metrics-classification.js';
import { regressionMetrics } from './metrics-regression.js';
import { textMetrics } from './metrics-text.js';
import { OrderedRows, type PredictionRow, type RowSink } from './prediction-rows.js';

export type Task = 'classification' | 'regression' | 'text';

/** Arg-max (first on ties), its confidence in 1/1000, and whether `truth` is in the top 5. */
export function scoreRow(row: ArrayLike<number>, truth: number): { pred: number; conf: number; top5: boolean } {
  let best = 0;
  let sum = 0;
  let probs = true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c] as number;
    if (v > (row[best] as number)) best = c;
    sum += v;
    if (v < 0 || v > 1) probs = false;
  }
  const max = row[best] as number;
  let conf: number;
  // A row that already is a distribution (Softmax inside the model) is used as is; anything
  // else is taken as logits.
  if (probs && Math.abs(sum - 1) <= 1e-3) conf = max;
  else {
    let z = 0;
    for (let c = 0; c < row.length; c++) z += Math.exp((row[c] as number) - max);
    conf = 1 / z;
  }
  // Rank of the truth with the same tie rule as the arg-max: higher scores, then equal
  // scores at lower indices, come first.
  let rank = 0;
  const t = truth >= 0 && truth < row.length ? (row[truth] as number) : -Infinity;
  for (let c = 0; c < row.length && rank < 5; c++) {
    const v = row[c] as number;
    if (v > t || (v === t && c < truth)) rank++;
  }
  return { pred: best, conf: Math.round(conf * 1000), top5: rank < 5 };
}

/** A scored sample as the store needs it: where it is in the source and which slices it is in. */
export interface ScoredSample {
  idx: number;
  path: string | undefined;
  slices: readonly string[] | undefined;
}

export class PredictionStore {
  /** Samples scored so far; the arrays below hold them in source order. */
  private n = 0;
  private readonly truth: Int32Array;
  private readonly pred: Int32Array;
  private readonly top5: Uint8Array;
  /** Index into `sliceSets` per scored sample; -1 for none. */
  private readonly sliceSet: Int32Array;
  private readonly sliceSets: (readonly string[])[] = [];
  private readonly sliceSetIds = new Map<string, number>();
  private readonly truthValues: Float64Array | undefined;
  private readonly predValues: Float64Array | undefined;
  private readonly truthTexts: string[] = [];
  private readonly predTexts: string[] = [];
  private readonly rows: OrderedRows | undefined;

  /** `sink` receives every sample's row in source order; without one, rows are not made. */
  constructor(
    readonly task: Task,
    readonly count: number,
    sink?: RowSink,
  ) {
    const scoresClasses = task === 'classification';
    this.truth = new Int32Array(scoresClasses ? count : 0);
    this.pred = new Int32Array(scoresClasses ? count : 0);
    this.top5 = new Uint8Array(scoresClasses ? count : 0);
    this.sliceSet = new Int32Array(count);
    if (task === 'regression') {
      this.truthValues = new Float64Array(count);
      this.predValues = new Float64Array(count);
    }
    this.rows = sink ? new OrderedRows(sink) : undefined;
  }

  private scored(s: ScoredSample): number {
    const j = this.n++;
    let id = -1;
    if (s.slices && s.slices.length > 0) {
      const key = JSON.stringify(s.slices);
      id = this.sliceSetIds.get(key) ?? -1;
      if (id < 0) {
        id = this.sliceSets.push([...s.slices]) - 1;
        this.sliceSetIds.set(key, id);
      }
    }
    this.sliceSet[j] = id;
    return j;
  }

  classified(s: ScoredSample, truth: number, r: { pred: number; conf: number; top5: boolean }): void {
    const j = this.scored(s);
    this.truth[j] = truth;
    this.pred[j] = r.pred;
    this.top5[j] = r.top5 ? 1 : 0;
    this.rows?.put({ idx: s.idx, path: s.path, truth, pred: r.pred, conf: r.conf });
  }

  regressed(s: ScoredSample, truth: number, pred: number): void {
    const j = this.scored(s);
    (this.truthValues as Float64Array)[j] = truth;
    (this.predValues as Float64Array)[j] = pred;
    this.rows?.put({ idx: s.idx, path: s.path, truth: -1, pred: -1, conf: 0, truthValue: truth, value: pred });
  }

  read(s: ScoredSample, truth: string, pred: string): void {
    this.scored(s);
    this.truthTexts.push(truth);
    this.predTexts.push(pred);
    this.rows?.put({ idx: s.idx, path: s.path, truth: -1, pred: -1, conf: 0, text: pred });
  }

  /** A sample that was not scored (refused, failed to decode): its row says so. */
  unscored(idx: number, path: string | undefined): void {
    if (!this.rows || this.rows.has(idx)) return;
    const row: PredictionRow = { idx, path, truth: -1, pred: -1, conf: 0 };
    if (this.task === 'regression') Object.assign(row, { truthValue: NaN, value: NaN });
    if (this.task === 'text') row.text = '';
    this.rows.put(row);
  }

  /** Hands on the rows settled so far; `final` once every sample is settled. */
  flush(final = false): Promise<void> {
    return this.rows ? this.rows.flush(final) : Promise.resolve();
  }

  metrics(classes: string[]): { metrics: Metrics; intervals?: Intervals; confusion?: number[][]; n: number } {
    const n = this.n;
    const sets = this.sliceSets;
    const slices =
      sets.length === 0
        ? []
        : Array.from(this.sliceSet.subarray(0, n), (id) => (id >= 0 ? (sets[id] as string[]) : undefined));
    if (this.task === 'regression') {
      return {
        metrics: regressionMetrics({
          truth: (this.truthValues as Float64Array).subarray(0, n),
          pred: (this.predValues as Float64Array).subarray(0, n),
          slices,
        }),
        n,
      };
    }
    if (this.task === 'text') {
      const intervals: Intervals = {};
      const metrics = textMetrics({ truth: this.truthTexts, pred: this.predTexts, slices }, intervals);
      return { metrics, intervals, n };
    }
    const r = classificationMetrics({
      classes,
      truth: this.truth.subarray(0, n),
      pred: this.pred.subarray(0, n),
      top5: this.top5.subarray(0, n),
      slices,
    });
    return { metrics: r.metrics, intervals: r.intervals, confusion: r.confusion, n };
  }
}
