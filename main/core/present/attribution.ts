/**
 * What moved each requirement between two iterations, and by how much each change moved it.
 *
 * The changes between two iterations are read from the project: the candidate runs' dataset
 * versions and models, their preprocessing, and the requirement's own target history. Where
 * the earlier candidate's model was also evaluated on the later data (a "bridge" run), the
 * movement splits into a data effect (same model, new data) and a model effect (new model,
 * same data), and the two add up to the total movement by construction.
 */
import { GapboardError } from '../project/errors.js';
import type { Iteration, Preprocessing, ProjectDocument, Run } from '../../../shared/schema.js';
import { metricKind } from '../../../shared/metric-keys.js';
import { effectiveKey, formatDatasetRef, runMetric } from '../scoring/measure.js';
import type { Attribution, AttributionEntry, Change } from '../../../shared/present/types.js';

export type { Attribution, AttributionEntry, AttributionSplit, Change } from '../../../shared/present/types.js';

/** Rounds away the last bits of floating-point noise (a sum of proportions is a proportion). */
const clean = (v: number) => Number(v.toPrecision(12));

function findIteration(doc: ProjectDocument, ref: string): Iteration {
  const it = doc.iterations.find((i) => i.id === ref || i.name === ref);
  if (!it) {
    throw new GapboardError(
      'NOT_FOUND',
      `No iteration "${ref}" (iterations: ${doc.iterations.map((i) => i.id).join(', ') || 'none'}).`,
    );
  }
  return it;
}

const PREP_FIELDS: (keyof Preprocessing)[] = [
  'width',
  'height',
  'color',
  'scale',
  'mean',
  'std',
  'tensorLayout',
  'features',
  'classes',
];

/** The preprocessing fields that differ between two runs. */
export function preprocessingChanges(a: Preprocessing, b: Preprocessing): string[] {
  return PREP_FIELDS.filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null));
}

const sameData = (a: Run['dataset'], b: Run['dataset']) =>
  a?.name === b?.name && a?.version === b?.version && (a?.split ?? '') === (b?.split ?? '');

/** The finished run of `model` on exactly `dataset`, newest first. */
export function findBridgeRun(doc: ProjectDocument, model: string, dataset: Run['dataset']): Run | undefined {
  return doc.runs.findLast((r) => r.status === 'done' && r.model === model && sameData(r.dataset, dataset));
}

function modelName(doc: ProjectDocument, id: string): string {
  return doc.models.find((m) => m.id === id)?.name ?? id;
}

function dataText(run: Run | undefined, it: Iteration): string {
  if (run?.dataset) return formatDatasetRef(run.dataset);
  return it.datasets.map((d) => formatDatasetRef(d)).join(', ');
}

/** What changed between two candidate runs (and iterations), in the order a reader asks. */
function runChanges(doc: ProjectDocument, a: Iteration, b: Iteration, ra?: Run, rb?: Run): Change[] {
  const out: Change[] = [];
  const da = dataText(ra, a);
  const db = dataText(rb, b);
  if (da !== db) out.push({ kind: 'data', from: da, to: db });
  if (ra && rb && ra.model !== rb.model)
    out.push({ kind: 'model', from: modelName(doc, ra.model), to: modelName(doc, rb.model) });
  if (ra && rb) {
    const fields = preprocessingChanges(ra.preprocessing, rb.preprocessing);
    if (fields.length) out.push({ kind: 'preprocessing', fields });
  }
  return out;
}

/**
 * The attribution of every requirement's movement from iteration `fromRef` to `toRef`
 * (ids or names). Values are the frozen scorecards' (the open iteration: scored live).
 */
export function attribute(doc: ProjectDocument, fromRef: string, toRef: string): Attribution {
  const a = findIteration(doc, fromRef);
  const b = findIteration(doc, toRef);
  const runs = new Map(doc.runs.map((r) => [r.id, r]));
  const ra = a.candidateRun ? runs.get(a.candidateRun) : undefined;
  const rb = b.candidateRun ? runs.get(b.candidateRun) : undefined;
  const changes = runChanges(doc, a, b, ra, rb);
  const bridge =
    ra && rb && ra.model !== rb.model && !sameData(ra.dataset, rb.dataset)
      ? findBridgeRun(doc, ra.model, rb.dataset)
      : undefined;
  const before = new Map(a.scorecard.map((r) => [r.requirement, r]));
  const window = (at: string) => at > (a.closedAt ?? a.startedAt) && at <= (b.closedAt ?? '9999');
  const entries: AttributionEntry[] = b.scorecard.map((row) => {
    const prev = before.get(row.requirement);
    const from = prev?.value ?? null;
    const to = row.value;
    const req = doc.requirements.find((r) => r.id === row.requirement);
    const targetMoves: Change[] = (req?.history ?? [])
      .filter((c) => c.field === 'target' && window(c.at))
      .map((c) => ({ kind: 'target', from: Number(c.from), to: Number(c.to), reason: c.reason }));
    const entry: AttributionEntry = {
      requirement: row.requirement,
      title: row.title,
      metric: row.metric,
      unit: row.unit,
      from,
      to,
      total: from !== null && to !== null ? clean(to - from) : null,
      changes: [...changes.filter((c) => c.kind !== 'data' || !row.metric.startsWith('labeling.')), ...targetMoves],
    };
    // Figures of the data itself (counts, labeling cost) do not depend on a model: no split.
    if (bridge && req && from !== null && to !== null && metricKind(req.metric) !== 'data') {
      const mid = runMetric(bridge, effectiveKey(req));
      if (mid !== null) {
        const dataEffect = clean(mid - from);
        const modelEffect = clean(to - mid);
        entry.split = { bridgeRun: bridge.id, bridgeValue: mid, dataEffect, modelEffect };
        // The total of a split movement is the sum of its parts, so the two add up to it
        // exactly; it differs from to − from by float rounding at most.
        entry.total = dataEffect + modelEffect;
      }
    }
    return entry;
  });
  const needs = ra && rb && ra.model !== rb.model && !sameData(ra.dataset, rb.dataset) && !bridge;
  return {
    from: a.id,
    to: b.id,
    fromRun: ra?.id ?? null,
    toRun: rb?.id ?? null,
    changes,
    entries,
    ...(needs && rb.dataset ? { bridgeNeeded: { model: ra.model, dataset: rb.dataset } } : {}),
  };
}

/** Attributions between each pair of consecutive closed iterations (the open one last). */
export function attributionsOverHistory(doc: ProjectDocument): Attribution[] {
  const its = doc.iterations.filter((i) => i.status === 'closed');
  return its.slice(1).map((it, i) => attribute(doc, its[i]!.id, it.id));
}
