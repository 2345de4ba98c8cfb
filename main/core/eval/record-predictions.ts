/**
 * A recorded run's evaluation: the predictions stream into a new store file while the model
 * runs, a group of rows at a time, so the run's memory does not grow with its predictions.
 * The rows and their order are those a run has always written, so the same evaluation gives
 * the same file, byte for byte, and the same hash.
 */
import { GapboardError } from '../project/errors.js';
import { PREDICTION_COLUMNS } from '../store/tables.js';
import { writeStoreTable, type Row } from '../store/write.js';
import { evaluate, type EvalResult, type EvaluateHooks, type EvaluateOptions } from './evaluate.js';
import type { PredictionRow } from './prediction-rows.js';
import type { Task } from './scoring.js';

/** Groups of rows waiting for the writer before the evaluation waits for it. */
const MAX_WAITING = 8;

/**
 * An async iterable of rows fed by `push`: the writer pulls, the evaluation pushes and waits
 * while the writer is behind. `fail` ends it with an error on either side.
 */
class RowChannel implements AsyncIterable<Row> {
  private readonly queue: Row[][] = [];
  private ended = false;
  private error: Error | undefined;
  private wakeReader: (() => void) | undefined;
  private wakeWriter: (() => void) | undefined;

  private check(): void {
    if (this.error) throw this.error;
  }

  async push(rows: Row[]): Promise<void> {
    this.check();
    this.queue.push(rows);
    this.wake();
    while (this.queue.length >= MAX_WAITING && !this.error)
      await new Promise<void>((resolve) => (this.wakeWriter = resolve));
    this.check();
  }

  end(): void {
    this.ended = true;
    this.wake();
  }

  fail(err: unknown): void {
    this.error ??= err instanceof Error ? err : new GapboardError('IO', String(err));
    this.wake();
  }

  private wake(): void {
    this.wakeReader?.();
    this.wakeReader = undefined;
    this.wakeWriter?.();
    this.wakeWriter = undefined;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Row> {
    for (;;) {
      this.check();
      const rows = this.queue.shift();
      if (rows) {
        this.wakeWriter?.();
        this.wakeWriter = undefined;
        yield* rows;
      } else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wakeReader = resolve));
    }
  }
}

/** A row as the predictions table holds it (`PREDICTION_COLUMNS`; a run's own path is not written). */
function storeRow(r: PredictionRow): Row {
  const value = r.value === undefined ? null : Number.isFinite(r.value) ? r.value : null;
  return [r.idx, null, r.truth, r.pred, r.conf, value, r.text ?? null];
}

/** The columns a run of `task` fills, as its link names them. */
function columnsOf(task: Task): string[] {
  return [
    'idx',
    'truth',
    'pred',
    'conf',
    ...(task === 'regression' ? ['value'] : []),
    ...(task === 'text' ? ['text'] : []),
  ];
}

/**
 * Evaluates and writes the predictions into `storeDir` as they come; the result's `stored`
 * links the file. A failed or cancelled evaluation leaves no file behind.
 */
export async function evaluateIntoStore(
  opts: EvaluateOptions,
  hooks: EvaluateHooks,
  storeDir: string,
): Promise<EvalResult> {
  const channel = new RowChannel();
  const written = writeStoreTable(storeDir, PREDICTION_COLUMNS, channel);
  // A writer that fails (a full disk) stops the evaluation with its reason.
  written.catch((err: unknown) => channel.fail(err));
  let result: EvalResult;
  try {
    result = await evaluate(
      { ...opts, predictions: false },
      { ...hooks, onPredictions: (rows) => channel.push(rows.map(storeRow)) },
    );
  } catch (err) {
    channel.fail(err);
    await written.catch(() => undefined);
    throw err;
  }
  channel.end();
  const w = await written;
  return { ...result, stored: { store: w.sha256, rows: w.rows, columns: columnsOf(result.task) } };
}
