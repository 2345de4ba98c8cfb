/**
 * Turns decoded chunks into batches, runs them and scores every row: the part of the
 * evaluation that knows tensor shapes, batch rules and tasks.
 */
import type { ModelFacts } from '../models/inspect.js';
import { GapboardError } from '../project/errors.js';
import type { Preprocessing, TensorInfo } from '../../../shared/schema.js';
import type { DecodeResult } from './decode-work.js';
import { ctcGreedyDecode } from './metrics-text.js';
import { scoreRow, type PredictionStore, type Task } from './scoring.js';
import { runBatch, type ort } from './session.js';
import type { EvalSample, EvalSource } from './sources.js';
import type { SpeedInput } from './speed.js';

const isNum = (d: number | string | undefined): d is number => typeof d === 'number';
const tensorOf = (list: TensorInfo[], name: string): TensorInfo => list.find((t) => t.name === name) as TensorInfo;

/** Regression when the chosen output gives one number per sample and every label is numeric. */
export function classifyTask(facts: ModelFacts, prep: Preprocessing, source: EvalSource): Task {
  const shape = tensorOf(facts.outputs, prep.output).shape;
  const single = shape.length === 1 || (shape.length === 2 && shape[1] === 1);
  const numeric =
    source.classes.length > 0 && source.classes.every((c) => c.trim() !== '' && Number.isFinite(Number(c)));
  return single && numeric ? 'regression' : 'classification';
}

export class Inferencer {
  readonly inputShape: (number | string)[];
  readonly batch: number;
  readonly flags: string[] = [];
  private readonly fixedBatch: number | undefined;
  private readonly sampleDims: number[];
  private readonly sampleSize: number;
  private readonly classIndex = new Map<string, number>();
  private firstSample: Float32Array | undefined;

  constructor(
    private readonly session: ort.InferenceSession,
    facts: ModelFacts,
    private readonly prep: Preprocessing,
    private readonly task: Task,
    source: EvalSource,
    opts: { batch?: number; charset?: string[]; blank?: number },
    private readonly label: string,
  ) {
    const input = tensorOf(facts.inputs, prep.input);
    this.inputShape = input.shape;
    if (input.type !== 'float32') {
      throw new GapboardError(
        'BAD_MODEL',
        `${label}: input '${input.name}' is ${input.type}; only float32 inputs are supported`,
      );
    }
    const b0 = input.shape[0];
    this.fixedBatch = isNum(b0) ? b0 : undefined;
    const wanted = Math.max(1, opts.batch ?? 32);
    this.batch = this.fixedBatch ?? wanted;
    if (this.fixedBatch !== undefined && this.fixedBatch !== wanted) {
      this.flags.push(
        `batch: the model's batch dimension is fixed at ${this.fixedBatch}; evaluated at batch ${this.fixedBatch}`,
      );
    }
    if (prep.kind === 'tabular') {
      const f = prep.features?.length ?? 0;
      const want = input.shape[1];
      if (isNum(want) && want !== f) {
        throw new GapboardError(
          'BAD_DATA',
          `${source.label} has ${f} feature column(s) (${(prep.features ?? []).join(', ')}) but ${label} input '${input.name}' expects ${want}`,
        );
      }
      this.sampleDims = [f];
    } else {
      const { width: w, height: h } = prep as { width: number; height: number };
      const c = input.shape.length === 3 ? 0 : prep.tensorLayout === 'NCHW' ? input.shape[1] : input.shape[3];
      const ch = isNum(c) ? c : prep.color === 'grayscale' ? 1 : 3;
      this.sampleDims = input.shape.length === 3 ? [h, w] : prep.tensorLayout === 'NCHW' ? [ch, h, w] : [h, w, ch];
    }
    this.sampleSize = this.sampleDims.reduce((a, b) => a * b, 1);
    prep.classes.forEach((c, i) => this.classIndex.set(c, i));
    if (task === 'classification') {
      const out = tensorOf(facts.outputs, prep.output).shape;
      const k = out[out.length - 1];
      if (out.length === 2 && isNum(k) && k !== prep.classes.length) {
        throw new GapboardError(
          'BAD_DATA',
          `${label} output '${prep.output}' gives ${k} scores per sample but there are ${prep.classes.length} classes (${prep.classes.slice(0, 8).join(', ')}${prep.classes.length > 8 ? ', …' : ''}); give the class order explicitly`,
        );
      }
    }
    if (task === 'text' && !opts.charset) throw new GapboardError('BAD_ARGUMENT', 'a text model needs a charset');
    this.charset = opts.charset ?? [];
    this.blank = opts.blank ?? 0;
  }

  private readonly charset: string[];
  private readonly blank: number;

  /** Why a sample cannot be scored before decoding it, or undefined. */
  problemOf(s: EvalSample): string | undefined {
    if (this.task === 'classification' && !this.classIndex.has(s.label))
      return `label '${s.label}' is not one of the classes`;
    if (this.task === 'regression' && (s.label.trim() === '' || !Number.isFinite(Number(s.label))))
      return `label '${s.label}' is not a number`;
    if (this.prep.kind === 'tabular' && !s.features) return 'no feature values';
    return undefined;
  }

  tabular(samples: EvalSample[]): DecodeResult {
    const data = new Float32Array(samples.length * this.sampleSize);
    samples.forEach((s, i) => data.set(s.features as number[], i * this.sampleSize));
    return { data, failed: [] };
  }

  /** Runs the decoded rows of one chunk in batches and records their predictions. */
  async infer(seqs: number[], samples: EvalSample[], decoded: DecodeResult, store: PredictionStore): Promise<void> {
    const bad = new Set(decoded.failed.map((f) => f.index));
    const rows: number[] = [];
    for (let j = 0; j < seqs.length; j++) if (!bad.has(j)) rows.push(j);
    const S = this.sampleSize;
    for (let start = 0; start < rows.length; start += this.batch) {
      const part = rows.slice(start, start + this.batch);
      const n = this.fixedBatch ?? part.length;
      // Contiguous rows are fed as a view; gaps (failed files) or padding need a copy.
      const contiguous = n === part.length && (part.at(-1) as number) - (part[0] as number) === part.length - 1;
      const data = contiguous
        ? decoded.data.subarray((part[0] as number) * S, ((part.at(-1) as number) + 1) * S)
        : new Float32Array(n * S);
      if (!contiguous) part.forEach((j, k) => data.set(decoded.data.subarray(j * S, (j + 1) * S), k * S));
      this.firstSample ??= data.slice(0, S);
      const out = await runBatch(this.session, this.prep.input, this.prep.output, data, [n, ...this.sampleDims]);
      this.score(
        out,
        part.map((j) => seqs[j] as number),
        part.map((j) => samples[j] as EvalSample),
        n,
        store,
      );
    }
  }

  private score(out: ort.Tensor, seqs: number[], samples: EvalSample[], n: number, store: PredictionStore): void {
    const all = out.data as Float32Array;
    const k = all.length / n;
    if (!Number.isInteger(k) || k < 1)
      throw new GapboardError(
        'EVAL_FAILED',
        `${this.label} output '${this.prep.output}' [${out.dims.join(', ')}] does not split into ${n} samples`,
      );
    if (this.task === 'classification' && k !== this.prep.classes.length) {
      throw new GapboardError(
        'EVAL_FAILED',
        `${this.label} output '${this.prep.output}' gives ${k} scores per sample but there are ${this.prep.classes.length} classes; give the class order explicitly`,
      );
    }
    if (this.task === 'regression' && k !== 1)
      throw new GapboardError(
        'EVAL_FAILED',
        `${this.label} output '${this.prep.output}' gives ${k} values per sample; regression needs 1`,
      );
    for (let r = 0; r < seqs.length; r++) {
      const row = all.subarray(r * k, (r + 1) * k);
      const s = samples[r] as EvalSample;
      const i = seqs[r] as number;
      for (let c = 0; c < k; c++) {
        if (!Number.isFinite(row[c])) {
          throw new GapboardError(
            'EVAL_FAILED',
            `${this.label} output '${this.prep.output}' is ${row[c]} for sample ${s.path ?? `#${i}`}`,
          );
        }
      }
      const at = { idx: i, path: s.path, slices: s.slices };
      if (this.task === 'regression') store.regressed(at, Number(s.label), row[0] as number);
      else if (this.task === 'text')
        store.read(at, s.label, ctcGreedyDecode(row, k / this.charset.length, this.charset, this.blank));
      else {
        const truth = this.classIndex.get(s.label) as number;
        store.classified(at, truth, scoreRow(row, truth));
      }
    }
  }

  /** One real preprocessed sample (or zeros before any) for the speed pass. */
  speedInput(): SpeedInput {
    return {
      input: this.prep.input,
      output: this.prep.output,
      sample: this.firstSample ?? new Float32Array(this.sampleSize),
      sampleDims: this.sampleDims,
      ...(this.fixedBatch !== undefined ? { fixedBatch: this.fixedBatch } : {}),
    };
  }
}
