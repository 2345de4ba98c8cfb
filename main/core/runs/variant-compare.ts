/**
 * What a variant gained and lost against its parent: size and speed from the two runs'
 * figures, accuracy overall and per class recomputed on the samples both runs saw (matched by
 * content hash), each difference tested with the exact McNemar test on the discordant pairs.
 */
import type { Model, ProjectDocument, Run } from '../../../shared/schema.js';
import { mcnemar } from './mcnemar.js';
import type {
  FigureChange,
  PairedAccuracy,
  VariantComparison,
  VariantComparisonResult,
} from '../../../shared/optimization-views.js';
export type {
  FigureChange,
  PairedAccuracy,
  VariantComparison,
  VariantComparisonResult,
} from '../../../shared/optimization-views.js';

const SPEED_KEYS = ['latency_p50_ms', 'latency_p95_ms', 'throughput_qps', 'server_qps', 'peak_memory_mb'];

/** One key per scored sample: the content hash for dataset runs, the path for ad-hoc ones. */
function sampleKeys(doc: ProjectDocument, run: Run): string[] | null {
  if (run.predictions?.paths) return run.predictions.paths;
  if (!run.dataset) return null;
  const { name, version, split } = run.dataset;
  const v = doc.datasets.find((d) => d.name === name)?.versions.find((x) => x.version === version);
  if (!v) return null;
  return (split === undefined ? v.samples : v.samples.filter((s) => s.split === split)).map((s) => s.sha256);
}

/** The parent's run to weigh a variant's run against: same data first, then the latest. */
function parentRun(doc: ProjectDocument, run: Run, parent: Model): Run | undefined {
  const runs = doc.runs.filter((r) => r.model === parent.id && r.status === 'done' && r.predictions);
  const same = runs.filter(
    (r) =>
      r.dataset?.name === run.dataset?.name &&
      r.dataset?.version === run.dataset?.version &&
      r.dataset?.split === run.dataset?.split,
  );
  return (same.length ? same : runs).at(-1);
}

function paired(label: string | null, pRight: boolean[], vRight: boolean[]): PairedAccuracy {
  const n = pRight.length;
  const acc = (xs: boolean[]) => xs.filter(Boolean).length / n;
  const t = mcnemar(pRight, vRight);
  const parent = acc(pRight);
  const variant = acc(vRight);
  return { label, n, parent, variant, delta: variant - parent, parentOnly: t.b, variantOnly: t.c, pValue: t.pValue };
}

/**
 * Compares a variant's run with its parent's. `doc` must hold manifests and predictions (the
 * core's document, not the UI's light copy).
 */
export function compareWithParent(doc: ProjectDocument, run: Run): VariantComparisonResult {
  const model = doc.models.find((m) => m.id === run.model);
  if (!model?.variantOf) return { ok: false, reason: `${run.id}'s model is not registered as a variant.` };
  const parent = doc.models.find((m) => m.id === model.variantOf?.model);
  if (!parent)
    return { ok: false, reason: `${model.name}'s parent model ${model.variantOf.model} is no longer registered.` };
  const base = parentRun(doc, run, parent);
  if (!base) return { ok: false, reason: `${parent.name} has no finished run to compare with; evaluate it first.` };
  const figures: FigureChange[] = [
    { key: 'size_bytes', parent: parent.size, variant: model.size, delta: model.size - parent.size },
    ...SPEED_KEYS.map((key) => {
      const a = base.metrics[key] ?? null;
      const b = run.metrics[key] ?? null;
      return { key, parent: a, variant: b, delta: a !== null && b !== null ? b - a : null };
    }),
  ];
  const value: VariantComparison = {
    variant: { run: run.id, model: model.id, name: model.name, kind: model.variantOf.kind },
    parent: { run: base.id, model: parent.id, name: parent.name },
    figures,
    common: 0,
    overall: null,
    perClass: [],
  };
  const vKeys = sampleKeys(doc, run);
  const pKeys = sampleKeys(doc, base);
  const vp = run.predictions;
  const pp = base.predictions;
  if (!vKeys || !pKeys || !vp || !pp) return { ok: true, value };
  // Each parent sample is used once, so a file that appears twice pairs twice, in order.
  const byKey = new Map<string, number[]>();
  pKeys.forEach((k, i) => byKey.set(k, [...(byKey.get(k) ?? []), i]));
  const pRight: boolean[] = [];
  const vRight: boolean[] = [];
  const labels: string[] = [];
  const pc = base.preprocessing.classes;
  const vc = run.preprocessing.classes;
  vKeys.forEach((k, i) => {
    const j = byKey.get(k)?.shift();
    if (j === undefined || i >= vp.pred.length || j >= pp.pred.length) return;
    pRight.push(pc[pp.pred[j]!] === pc[pp.truth[j]!]);
    vRight.push(vc[vp.pred[i]!] === vc[vp.truth[i]!]);
    labels.push(vc[vp.truth[i]!] ?? String(vp.truth[i]));
  });
  value.common = pRight.length;
  if (pRight.length === 0) return { ok: true, value };
  value.overall = paired(null, pRight, vRight);
  const classes = [...new Set(labels)].sort((a, b) => vc.indexOf(a) - vc.indexOf(b));
  value.perClass = classes.map((c) => {
    const idx = labels.flatMap((l, i) => (l === c ? [i] : []));
    return paired(
      c,
      idx.map((i) => pRight[i]!),
      idx.map((i) => vRight[i]!),
    );
  });
  return { ok: true, value };
}
