/**
 * Per-sample scoring and the compact prediction store. Arrays are pre-sized to the source's
 * sample count, so memory grows with predictions only, never with decoded data.
 */
import { classificationMetrics, type Intervals, type Metrics } from './metrics-classification.js';
import { regressionMetrics } from './metrics-regression.js';
import { textMetrics } from './metrics-text.js';

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

export class PredictionStore {
  readonly truth: Int32Array;
  readonly pred: Int32Array;
  readonly conf: Int32Array;
  readonly top5: Uint8Array;
  readonly scored: Uint8Array;
  readonly slices: (string[] | undefined)[] = [];
  readonly paths: (string | undefined)[] = [];
  truthValues: Float64Array | undefined;
  predValues: Float64Array | undefined;
  truthTexts: string[] | undefined;
  predTexts: string[] | undefined;

  constructor(
    readonly task: Task,
    readonly count: number,
  ) {
    this.truth = new Int32Array(count).fill(-1);
    this.pred = new Int32Array(count).fill(-1);
    this.conf = new Int32Array(count);
    this.top5 = new Uint8Array(count);
    this.scored = new Uint8Array(count);
    if (task === 'regression') {
      this.truthValues = new Float64Array(count).fill(NaN);
      this.predValues = new Float64Array(count).fill(NaN);
    }
    if (task === 'text') {
      this.truthTexts = new Array<string>(count).fill('');
      this.predTexts = new Array<string>(count).fill('');
    }
  }

  /** Scored sample positions, in source order. */
  private picks(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.count; i++) if (this.scored[i]) out.push(i);
    return out;
  }

  metrics(classes: string[]): { metrics: Metrics; intervals?: Intervals; confusion?: number[][]; n: number } {
    const pick = this.picks();
    const slices = pick.map((i) => this.slices[i]);
    if (this.task === 'regression') {
      const tv = this.truthValues as Float64Array;
      const pv = this.predValues as Float64Array;
      return {
        metrics: regressionMetrics({
          truth: pick.map((i) => tv[i] as number),
          pred: pick.map((i) => pv[i] as number),
          slices,
        }),
        n: pick.length,
      };
    }
    if (this.task === 'text') {
      const tt = this.truthTexts as string[];
      const pt = this.predTexts as string[];
      const intervals: Intervals = {};
      const metrics = textMetrics(
        { truth: pick.map((i) => tt[i] as string), pred: pick.map((i) => pt[i] as string), slices },
        intervals,
      );
      return { metrics, intervals, n: pick.length };
    }
    const r = classificationMetrics({
      classes,
      truth: pick.map((i) => this.truth[i] as number),
      pred: pick.map((i) => this.pred[i] as number),
      top5: pick.map((i) => this.top5[i] as number),
      slices,
    });
    return { metrics: r.metrics, intervals: r.intervals, confusion: r.confusion, n: pick.length };
  }
}
