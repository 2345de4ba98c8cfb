/**
 * A run's per-sample predictions as they leave the evaluation: one row per sample the source
 * yielded, handed on in source order (`idx`) a few hundred at a time as soon as every earlier
 * sample is settled, so nothing per sample has to stay in memory until the end. Chunks are
 * decoded and scored in order, but samples refused before decoding settle at once while
 * earlier chunks are still in flight: the pending map holds that window, never more.
 */
import type { Task } from './scoring.js';

/** One sample's line: what a run's predictions file holds, plus what an ad-hoc caller may keep. */
export interface PredictionRow {
  idx: number;
  path: string | undefined;
  /** True class index; -1 when not scored or not a classification. */
  truth: number;
  /** Predicted class index; -1 when not scored or not a classification. */
  pred: number;
  /** Confidence of `pred` in 1/1000; 0 when not scored. */
  conf: number;
  /** Regression only: the true and predicted values (NaN when not scored). */
  truthValue?: number;
  value?: number;
  /** Text models only: the decoded output ('' when not scored). */
  text?: string;
}

export type RowSink = (rows: PredictionRow[]) => void | Promise<void>;

/** Rows handed on per call at most (the last call may hold fewer). */
const ROWS_PER_CALL = 1024;

export class OrderedRows {
  private next = 0;
  private readonly pending = new Map<number, PredictionRow>();
  private out: PredictionRow[] = [];

  constructor(private readonly sink: RowSink) {}

  /** Rows handed on or waiting so far. */
  has(idx: number): boolean {
    return idx < this.next || this.pending.has(idx);
  }

  put(row: PredictionRow): void {
    if (this.has(row.idx)) throw new Error(`prediction for sample #${row.idx} settled twice`);
    this.pending.set(row.idx, row);
  }

  /** Hands on the rows now in order; `final` also hands on the last partial group. */
  async flush(final = false): Promise<void> {
    for (let row = this.pending.get(this.next); row; row = this.pending.get(this.next)) {
      this.pending.delete(this.next++);
      this.out.push(row);
    }
    if (final && this.pending.size > 0)
      throw new Error(`sample #${this.next} was never settled (${this.pending.size} later ones wait for it)`);
    if (this.out.length >= ROWS_PER_CALL || (final && this.out.length > 0)) {
      const rows = this.out;
      this.out = [];
      await this.sink(rows);
    }
  }
}

/** The in-memory columns an ad-hoc caller keeps (`predictions: true`), index-aligned. */
export interface KeptPredictions {
  predictions: { paths: string[]; truth: number[]; pred: number[]; conf: number[] };
  values?: { truth: number[]; pred: number[] };
  texts?: string[];
}

/** A sink that keeps every row as columns, for callers that want them all back. */
export function keepRows(task: Task): { sink: RowSink; kept: KeptPredictions } {
  const kept: KeptPredictions = {
    predictions: { paths: [], truth: [], pred: [], conf: [] },
    ...(task === 'regression' ? { values: { truth: [], pred: [] } } : {}),
    ...(task === 'text' ? { texts: [] } : {}),
  };
  const p = kept.predictions;
  const sink: RowSink = (rows) => {
    for (const r of rows) {
      p.paths.push(r.path ?? `#${r.idx}`);
      p.truth.push(r.truth);
      p.pred.push(r.pred);
      p.conf.push(r.conf);
      kept.values?.truth.push(r.truthValue ?? NaN);
      kept.values?.pred.push(r.value ?? NaN);
      kept.texts?.push(r.text ?? '');
    }
  };
  return { sink, kept };
}
