/**
 * What a variant gained and lost against its parent: size and speed from the two runs'
 * figures, accuracy overall and per class recomputed on the samples both runs saw (matched by
 * content hash), each difference tested with the exact McNemar test on the discordant pairs.
 */
import type { Model, ProjectDocument, Run } from '../../../shared/schema.js';
import { mcnemar } from './mcnemar.js';
import { queryStore } from '../store/query.js';
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

/**
 * The samples both runs saw, paired in one DuckDB join: the content hash for dataset runs,
 * the path for ad-hoc ones; each parent sample is used once, so a file that appears twice
 * pairs twice, in order.
 */
async function commonRows(doc: ProjectDocument, storeDir: string, run: Run, base: Run): Promise<Paired[] | null> {
  const tv = runTable(doc, run, 'v');
  const tp = runTable(doc, base, 'p');
  if (!tv || !tp) return null;
  const keyed = (t: RunTable) => {
    const key = t.ownPaths ? 'ppath' : 'sha256';
    return `(SELECT idx, truth, pred, ${key} AS key, row_number() OVER (PARTITION BY ${key} ORDER BY idx) AS k
      FROM ${t.sql} WHERE ${key} IS NOT NULL)`;
  };
  if (!tv.ownPaths && !tv.onVersion) return null;
  if (!tp.ownPaths && !tp.onVersion) return null;
  return queryStore<Paired>(
    storeDir,
    `SELECT v.truth AS v_truth, v.pred AS v_pred, p.truth AS p_truth, p.pred AS p_pred
     FROM ${keyed(tv)} v JOIN ${keyed(tp)} p ON v.key = p.key AND v.k = p.k ORDER BY v.idx`,
    { ...tv.files, ...tp.files },
  );
}

interface Paired {
  v_truth: number;
  v_pred: number;
  p_truth: number;
  p_pred: number;
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
  const rows = await commonRows(doc, storeDir, run, base);
  if (!rows) return { ok: true, value };
  const pRight: boolean[] = [];
  const vRight: boolean[] = [];
  const labels: string[] = [];
  const pc = base.preprocessing.classes;
  const vc = run.preprocessing.classes;
  for (const r of rows) {
    pRight.push(pc[r.p_pred] === pc[r.p_truth]);
    vRight.push(vc[r.v_pred] === vc[r.v_truth]);
    labels.push(vc[r.v_truth] ?? String(r.v_truth));
  }
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
