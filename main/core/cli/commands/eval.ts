/**
 * `gapboard eval`: evaluate an ONNX model ad hoc on a folder / CSV / manifest, or in a
 * project on a dataset version (optionally recording the run). Ctrl+C cancels.
 */
import path from 'node:path';
import { sessionOptions } from '../project-file.js';
import { detectSource } from '../../datasets/detect.js';
import { evaluateInWorker } from '../../eval/run-in-worker.js';
import type { SourceSpec } from '../../eval/source-spec.js';
import { GapboardError } from '../../project/errors.js';
import { DATASET_LAYOUTS, type Preprocessing } from '../../../../shared/schema.js';
import { ProjectSession } from '../../project/session.js';
import { runMustRequirements, scopeAdmits } from '../../../../shared/run-scope.js';
import { recordRun, runEvaluation, type RunDraft } from '../../runs/index.js';
import { formatRunText, type RunSummary } from '../../runs/run-text.js';
import { datasetRef, int, list, num, numList, oneOf, printJson, requireStr, str } from '../args.js';
import { UsageError, type CliIo, type OptionValues } from '../types.js';
import type { CommandSpec } from '../types.js';
import { COLORS, TENSOR_LAYOUTS } from '../../../../shared/vocabulary.js';

type Overrides = Partial<Omit<Preprocessing, 'kind'>>;

/** Preprocessing flags shared by both modes; anything left out comes from the model. */
function overrides(values: OptionValues): Overrides {
  const size = str(values, 'size');
  let hw: { height: number; width: number } | undefined;
  if (size !== undefined) {
    const m = /^(\d+)x(\d+)$/i.exec(size.trim());
    if (!m || Number(m[1]) === 0 || Number(m[2]) === 0)
      throw new UsageError(`--size must look like HxW (e.g. 28x28), got "${size}".`);
    hw = { height: Number(m[1]), width: Number(m[2]) };
  }
  const pick = <K extends keyof Overrides>(k: K, v: Overrides[K] | undefined): Partial<Overrides> =>
    v === undefined ? {} : { [k]: v };
  return {
    ...pick('classes', list(values, 'classes')),
    ...pick('color', oneOf(values, 'color', COLORS)),
    ...(hw ?? {}),
    ...pick('scale', num(values, 'scale')),
    ...pick('mean', numList(values, 'mean')),
    ...pick('std', numList(values, 'std')),
    ...pick('tensorLayout', oneOf(values, 'tensor-layout', TENSOR_LAYOUTS)),
    ...pick('features', list(values, 'features')),
    ...pick('input', str(values, 'input')),
    ...pick('output', str(values, 'output')),
  };
}

function settings(values: OptionValues): {
  batch?: number;
  threads?: number;
  bench: boolean;
  latencyBoundMs?: number;
  maxPixels?: number;
} {
  const batch = int(values, 'batch');
  const maxPixels = int(values, 'max-pixels');
  if (maxPixels !== undefined && maxPixels < 1) throw new UsageError('--max-pixels must be a positive pixel count.');
  const threads = int(values, 'threads');
  const bound = num(values, 'latency-bound');
  if (batch !== undefined && batch < 1) throw new UsageError('--batch must be at least 1.');
  if (threads !== undefined && threads < 0) throw new UsageError('--threads must be 0 (all cores) or more.');
  if (bound !== undefined && bound <= 0) throw new UsageError('--latency-bound must be a positive number of ms.');
  return {
    ...(batch !== undefined ? { batch } : {}),
    ...(threads !== undefined ? { threads } : {}),
    bench: Boolean(values.bench),
    ...(bound !== undefined ? { latencyBoundMs: bound } : {}),
    ...(maxPixels !== undefined ? { maxPixels } : {}),
  };
}

/** Ad-hoc data: a folder (ImageFolder), a CSV table or manifest, or a JSONL manifest. */
async function adHocSource(data: string, values: OptionValues): Promise<SourceSpec> {
  const { kind } = await detectSource(data, oneOf(values, 'layout', DATASET_LAYOUTS));
  const split = str(values, 'split');
  if (kind === 'imagefolder') return { layout: 'imagefolder', path: data };
  if (kind === 'csv-table') {
    const label = str(values, 'label');
    const features = list(values, 'features');
    return { layout: 'csv', path: data, ...(label ? { label } : {}), ...(features ? { features } : {}) };
  }
  return { layout: 'manifest', path: data, ...(split !== undefined ? { split } : {}) };
}

async function adHoc(values: OptionValues, io: CliIo): Promise<number> {
  const model = path.resolve(io.cwd, requireStr(values, 'model'));
  const data = path.resolve(io.cwd, requireStr(values, 'data'));
  const s = settings(values);
  const source = await adHocSource(data, values);
  const { features: _f, ...prep } = overrides(values); // features go with the CSV source
  const r = await evaluateInWorker(
    {
      options: {
        model,
        preprocessing: prep,
        ...(s.batch !== undefined ? { batch: s.batch } : {}),
        ...(s.threads !== undefined ? { threads: s.threads } : {}),
        ...(s.maxPixels !== undefined ? { maxPixels: s.maxPixels } : {}),
        // Only metrics are printed: per-sample predictions would only cost memory.
        predictions: false,
        ...(s.bench ? { speed: s.latencyBoundMs !== undefined ? { latencyBoundMs: s.latencyBoundMs } : true } : {}),
      },
      source,
    },
    io.stopSignal ? { signal: io.stopSignal } : {},
  );
  const summary: RunSummary = {
    title: `${path.basename(model)} on ${path.basename(data)}`,
    n: r.n,
    classes: r.classes,
    metrics: r.metrics,
    intervals: r.intervals,
    ...(r.confusion ? { confusion: r.confusion } : {}),
    issues: r.issues,
    flags: r.flags,
    environment: r.environment,
  };
  print(values, io, summary, r.preprocessing);
  return 0;
}

function print(values: OptionValues, io: CliIo, s: RunSummary, preprocessing: Preprocessing, runId?: string): void {
  if (values.json) {
    printJson(io.out, {
      ...(runId ? { run: runId } : {}),
      n: s.n,
      classes: s.classes,
      metrics: s.metrics,
      intervals: s.intervals ?? {},
      confusion: s.confusion ?? null,
      environment: s.environment,
      issues: s.issues,
      flags: s.flags,
      preprocessing,
    });
  } else {
    io.out(formatRunText(s) + (runId ? `\nRecorded as ${runId}.\n` : ''));
  }
}

async function inProject(file: string, values: OptionValues, io: CliIo): Promise<number> {
  if (values.data !== undefined) throw new UsageError('--data is for ad-hoc evaluation; in a project use --dataset.');
  const ref = requireStr(values, 'dataset');
  const colon = ref.indexOf(':');
  const { name, version } = datasetRef(colon < 0 ? ref : ref.slice(0, colon));
  const split = colon < 0 ? undefined : ref.slice(colon + 1);
  if (split === '') throw new UsageError('--dataset NAME@vN:SPLIT needs a split name after the colon.');
  const record = Boolean(values.record);
  const session = await ProjectSession.open(file, sessionOptions(io, !record));
  // Said before the run starts: a run the must requirements cannot use will not move the board.
  const musts = runMustRequirements(session.doc);
  const on = { name, version, ...(split !== undefined ? { split } : {}) };
  if (musts.length > 0 && !musts.some((r) => scopeAdmits(r.scope, on)))
    io.err(
      `note: a run on ${ref} scores none of the ${musts.length} must requirements (they are scoped to other data)\n`,
    );
  let run: RunDraft;
  let runId: string | undefined;
  try {
    if (record && session.readOnly) throw new GapboardError('READ_ONLY', session.readOnlyReason ?? 'read-only');
    run = await runEvaluation(
      session,
      {
        model: requireStr(values, 'model'),
        dataset: { name, version, ...(split !== undefined ? { split } : {}) },
        preprocessing: overrides(values),
        settings: settings(values),
      },
      io.stopSignal ? { signal: io.stopSignal } : {},
    );
    // A run cut short by Ctrl+C is not a result: the command stops without writing it.
    if (record && !io.stopSignal?.aborted) {
      runId = recordRun(session, run).id;
      await session.save();
    }
  } finally {
    await session.close();
  }
  if (run.status === 'failed') {
    io.err(`gapboard eval: the evaluation failed: ${run.error}${runId ? ` (recorded as ${runId})` : ''}\n`);
    return 1;
  }
  const classification = Boolean(run.confusion);
  const summary: RunSummary = {
    title: `${values.model as string} on ${ref}`,
    n: (run.predictions?.rows ?? 0) - run.issues.length,
    classes: classification ? run.preprocessing.classes : [],
    metrics: run.metrics,
    intervals: run.intervals ?? {},
    ...(run.confusion ? { confusion: run.confusion } : {}),
    issues: run.issues,
    flags: run.flags,
    environment: run.environment,
  };
  print(values, io, summary, run.preprocessing, runId);
  return 0;
}

export const evalCommand: CommandSpec = {
  name: 'eval',
  summary: 'Evaluate an ONNX model: ad hoc on a folder / CSV / manifest, or on a project dataset version.',
  usage:
    'gapboard eval --model M.onnx --data PATH [--layout imagefolder|csv|jsonl] [--label COL] [--features a,b,c] [--split S] [preprocessing] [--batch N] [--threads N] [--max-pixels N] [--bench] [--latency-bound MS] [--json]\n' +
    '       gapboard eval <file.gapboard> --model NAME --dataset NAME@vN[:split] [--record] [preprocessing] [--batch N] [--max-pixels N] [--bench] [--json]\n' +
    '  preprocessing: [--classes a,b,c] [--color grayscale|rgb] [--size HxW] [--scale S] [--mean m1,m2,m3] [--std s1,s2,s3] [--tensor-layout NCHW|NHWC] [--input NAME] [--output NAME]',
  options: {
    model: { type: 'string' },
    data: { type: 'string' },
    dataset: { type: 'string' },
    record: { type: 'boolean' },
    layout: { type: 'string' },
    label: { type: 'string' },
    features: { type: 'string' },
    split: { type: 'string' },
    classes: { type: 'string' },
    color: { type: 'string' },
    size: { type: 'string' },
    scale: { type: 'string' },
    mean: { type: 'string' },
    std: { type: 'string' },
    'tensor-layout': { type: 'string' },
    input: { type: 'string' },
    output: { type: 'string' },
    batch: { type: 'string' },
    threads: { type: 'string' },
    'max-pixels': { type: 'string' },
    bench: { type: 'boolean' },
    'latency-bound': { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 0, max: 1 },
  async run({ values, positionals }, io) {
    const file = positionals[0];
    if (file !== undefined) return inProject(path.resolve(io.cwd, file), values, io);
    if (values.dataset !== undefined || values.record)
      throw new UsageError('--dataset and --record need a project file: gapboard eval <file.gapboard> …');
    return adHoc(values, io);
  },
};
