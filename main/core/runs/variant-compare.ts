/**
 * What a variant gained and lost against its parent: size and speed from the two runs'
 * figures, accuracy overall and per class recomputed on the samples both runs saw (matched by
 * content hash), each difference tested with the exact McNemar test on the discordant pairs.
 */
import type { Model, ProjectDocument, Run } from '../../../shared/schema.js';
import { mcnemarExact } from './mcnemar.js';
import { pairedGroups, type Grouped, type PairSide } from './paired-groups.js';
import { runTable, type RunTable } from './run-queries.js';
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

/** Pairs of the variant's and the parent's samples that share truths and predictions. */
type PairGroup = Grouped<{ v_truth: number; v_pred: number; p_truth: number; p_pred: number }>;

/**
 * The samples both runs saw, paired and counted in DuckDB: the content hash for dataset runs,
 * the path for ad-hoc ones; each parent sample is used once, so a file that appears twice
 * pairs twice, in order. Null when either run's samples cannot be known.
 */
async function commonGroups(doc: ProjectDocument, storeDir: string, run: Run, base: Run): Promise<PairGroup[] | null> {
  const tv = runTable(doc, run, 'v');
  const tp = runTable(doc, base, 'p');
  if (!tv || !tp) return null;
  if (!tv.ownPaths && !tv.onVersion) return null;
  if (!tp.ownPaths && !tp.onVersion) return null;
  const side = (table: RunTable): PairSide => ({
    table,
    key: table.ownPaths ? 'ppath' : 'sha256',
    kind: '0',
    where: 'true',
  });
  const select = 'x.truth AS v_truth, x.pred AS v_pred, y.truth AS p_truth, y.pred AS p_pred';
  return (await pairedGroups<PairGroup>(storeDir, side(tv), side(tp), select)).groups;
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

/** Accuracy of both runs on some common samples and the McNemar test of the difference. */
function paired(label: string | null, groups: readonly PairGroup[], pc: string[], vc: string[]): PairedAccuracy {
  let n = 0;
  let pRight = 0;
  let vRight = 0;
  let parentOnly = 0;
  let variantOnly = 0;
  for (const g of groups) {
    const p = pc[g.p_pred] === pc[g.p_truth];
    const v = vc[g.v_pred] === vc[g.v_truth];
    n += g.n;
    if (p) pRight += g.n;
    if (v) vRight += g.n;
    if (p && !v) parentOnly += g.n;
    if (v && !p) variantOnly += g.n;
  }
  const parent = pRight / n;
  const variant = vRight / n;
  const pValue = mcnemarExact(parentOnly, variantOnly);
  return { label, n, parent, variant, delta: variant - parent, parentOnly, variantOnly, pValue };
}

/** Compares a variant's run with its parent's; the per-sample data comes from the store. */
export async function compareWithParent(
  doc: ProjectDocument,
  storeDir: string,
  run: Run,
): Promise<VariantComparisonResult> {
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
  const groups = await commonGroups(doc, storeDir, run, base);
  if (!groups) return { ok: true, value };
  const pc = base.preprocessing.classes;
  const vc = run.preprocessing.classes;
  value.common = groups.reduce((sum, g) => sum + g.n, 0);
  if (value.common === 0) return { ok: true, value };
  value.overall = paired(null, groups, pc, vc);
  // Per true class (the variant's name for it), in the variant's class order; names it does
  // not know follow in the order the samples first show them.
  const labelOf = (g: PairGroup) => vc[g.v_truth] ?? String(g.v_truth);
  const classes = [...new Set(groups.map(labelOf))].sort((a, b) => vc.indexOf(a) - vc.indexOf(b));
  value.perClass = classes.map((c) =>
    paired(
      c,
      groups.filter((g) => labelOf(g) === c),
      pc,
      vc,
    ),
  );
  return { ok: true, value };
}
