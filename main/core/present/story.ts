/**
 * The iteration story the slides tell, computed from the project: per iteration what changed
 * (data version diff, labeling batches and their cost, the model, preprocessing, targets moved
 * and why, Q&A decided), its scorecard with the movement since the previous iteration, and at
 * the end the gaps still open with their owners and the questions still open.
 */
import { batchTotals } from '../datasets/batches.js';
import type { Decision, Iteration, LabelingBatch, ProjectDocument, Run, ScorecardRow } from '../../../shared/schema.js';
import { currentBoard } from '../scoring/board.js';
import type { DataMetricsFn } from '../scoring/measure.js';
import { formatDatasetRef } from '../scoring/measure.js';
import { attribute, preprocessingChanges, type Attribution } from './attribution.js';

export interface DataChange {
  ref: string;
  parent?: string;
  count: number;
  /** Null when either version has no per-sample manifest to compare. */
  diff: { added: number; relabeled: number; removed: number } | null;
  batches: (Pick<LabelingBatch, 'id' | 'vendor' | 'ordered' | 'delivered' | 'accepted' | 'currency' | 'unitPrice'> & {
    guide: string;
    cost: number;
  })[];
  /** True when the previous iteration used another version of this dataset (or none). */
  changed: boolean;
}

export interface ModelFacts {
  id: string;
  name: string;
  params: number;
  sizeMb: number;
  opset: number | null;
}

export interface Movement {
  requirement: string;
  previous: number | null;
  delta: number | null;
  /** True when the value moved toward the target (higher for ≥, lower for ≤). */
  better: boolean | null;
  newlyMet: boolean;
  newlyUnmet: boolean;
}

export interface IterationStory {
  id: string;
  name: string;
  status: Iteration['status'];
  date: string;
  notes: string;
  candidateRun: string | null;
  data: DataChange[];
  model: ModelFacts | null;
  modelChanged: boolean;
  preprocessing: { summary: string; changed: string[] } | null;
  targets: { requirement: string; from: number; to: number; unit: string; reason: string }[];
  decisions: Pick<Decision, 'id' | 'question' | 'answer' | 'changed'>[];
  rows: ScorecardRow[];
  movement: Movement[];
  previous: string | null;
  attribution: Attribution | null;
}

export interface Story {
  project: { name: string; description: string };
  servingTargets: ProjectDocument['servingTargets'];
  must: { met: number; total: number };
  all: { met: number; total: number };
  /** Unmet must requirements per iteration, oldest first. */
  trend: { iteration: string; name: string; unmetMust: number }[];
  iterations: IterationStory[];
  gaps: (ScorecardRow & { owner: string })[];
  openQuestions: Pick<Decision, 'id' | 'question' | 'askedBy'>[];
}

function modelFacts(doc: ProjectDocument, run: Run | undefined): ModelFacts | null {
  const m = run ? doc.models.find((x) => x.id === run.model) : undefined;
  if (!m) return null;
  const opset = m.opset.find((o) => o.domain === '' || o.domain === 'ai.onnx')?.version ?? null;
  return { id: m.id, name: m.name, params: m.params, sizeMb: m.size / 1e6, opset };
}

function prepSummary(run: Run): string {
  const p = run.preprocessing;
  if (p.kind === 'tabular') return `${p.features?.length ?? 0} features`;
  return [
    `${p.width}×${p.height}`,
    p.color,
    p.tensorLayout,
    p.scale !== undefined ? `×${Number(p.scale.toPrecision(3))}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function dataChanges(doc: ProjectDocument, refs: Iteration['datasets'], before: Iteration['datasets']): DataChange[] {
  return refs.map((ref) => {
    const versions = doc.datasets.find((d) => d.name === ref.name)?.versions ?? [];
    const v = versions.find((x) => x.version === ref.version);
    const parent = v?.parent !== undefined ? versions.find((x) => x.version === v.parent) : undefined;
    // Counted against the parent when the version was registered; null without both manifests.
    const d = parent ? (v?.parentDiff ?? null) : null;
    return {
      ref: formatDatasetRef(ref),
      ...(parent ? { parent: formatDatasetRef({ name: ref.name, version: parent.version }) } : {}),
      count: v?.stats.count ?? 0,
      diff: d ? { added: d.added, relabeled: d.relabeled, removed: d.removed } : null,
      batches: (v?.batches ?? []).map((b) => ({
        id: b.id,
        vendor: b.vendor,
        guide: `${b.guide.file} v${b.guide.version}`,
        ordered: b.ordered,
        delivered: b.delivered,
        accepted: b.accepted,
        currency: b.currency,
        unitPrice: b.unitPrice,
        cost: batchTotals([b]).cost[b.currency] ?? 0,
      })),
      changed: !before.some((x) => x.name === ref.name && x.version === ref.version),
    };
  });
}

function movement(rows: readonly ScorecardRow[], prev: readonly ScorecardRow[] | undefined): Movement[] {
  const before = new Map(prev?.map((r) => [r.requirement, r]));
  return rows.map((r) => {
    const p = before.get(r.requirement);
    const delta = p?.value != null && r.value !== null ? Number((r.value - p.value).toPrecision(12)) : null;
    return {
      requirement: r.requirement,
      previous: p?.value ?? null,
      delta,
      better: delta === null || delta === 0 ? null : r.op === '>=' ? delta > 0 : delta < 0,
      newlyMet: !!p && p.status !== 'met' && r.status === 'met',
      newlyUnmet: !!p && p.status === 'met' && r.status !== 'met',
    };
  });
}

/** The story of the whole project, oldest iteration first. */
export function projectStory(doc: ProjectDocument, opts: { dataMetrics?: DataMetricsFn } = {}): Story {
  const board = currentBoard(doc, opts.dataMetrics ? { dataMetrics: opts.dataMetrics } : {});
  const runs = new Map(doc.runs.map((r) => [r.id, r]));
  const iterations: IterationStory[] = [];
  doc.iterations.forEach((it, i) => {
    const prev = doc.iterations[i - 1];
    const run = it.candidateRun
      ? runs.get(it.candidateRun)
      : it.status === 'open' && board.run
        ? runs.get(board.run.id)
        : undefined;
    const prevRun = prev?.candidateRun ? runs.get(prev.candidateRun) : undefined;
    const refs = it.datasets.length
      ? it.datasets
      : run?.dataset
        ? [{ name: run.dataset.name, version: run.dataset.version }]
        : [];
    const prevRefs = prev ? (prev.datasets.length ? prev.datasets : prevRun?.dataset ? [prevRun.dataset] : []) : [];
    const from = prev?.closedAt ?? prev?.startedAt ?? '';
    const to = it.closedAt ?? '9999';
    const inWindow = (at: string) => at > from && at <= to;
    const rows = it.status === 'closed' ? it.scorecard : board.cards;
    iterations.push({
      id: it.id,
      name: it.name,
      status: it.status,
      date: it.closedAt ?? it.startedAt,
      notes: it.notes,
      candidateRun: run?.id ?? null,
      data: dataChanges(doc, refs, prevRefs),
      model: modelFacts(doc, run),
      modelChanged: !!run && run.model !== prevRun?.model,
      preprocessing: run
        ? {
            summary: prepSummary(run),
            changed: prevRun ? preprocessingChanges(prevRun.preprocessing, run.preprocessing) : [],
          }
        : null,
      targets: doc.requirements.flatMap((r) =>
        r.history
          .filter((c) => c.field === 'target' && inWindow(c.at))
          .map((c) => ({ requirement: r.id, from: Number(c.from), to: Number(c.to), unit: r.unit, reason: c.reason })),
      ),
      decisions: doc.decisions
        .filter((d) => d.status !== 'open' && inWindow(d.at))
        .map((d) => ({ id: d.id, question: d.question, answer: d.answer, changed: d.changed })),
      rows: [...rows],
      movement: movement(rows, prev?.scorecard),
      previous: prev?.id ?? null,
      attribution: prev && prev.status === 'closed' && it.status === 'closed' ? attribute(doc, prev.id, it.id) : null,
    });
  });
  const owners = new Map(doc.requirements.map((r) => [r.id, r.owner]));
  // Where we stand: the open iteration's live scores, else the last closed scorecard (a run
  // recorded since, such as an attribution bridge run, does not rewrite the story's ending).
  const open = doc.iterations.some((i) => i.status === 'open');
  const last = doc.iterations.findLast((i) => i.status === 'closed');
  const now: ScorecardRow[] = open || !last ? board.cards : last.scorecard;
  const met = (rows: ScorecardRow[]) => rows.filter((r) => r.status === 'met').length;
  const must = now.filter((r) => r.priority === 'must');
  return {
    project: { name: doc.project.name, description: doc.project.description },
    servingTargets: doc.servingTargets,
    must: { met: met(must), total: must.length },
    all: { met: met(now), total: now.length },
    trend: doc.iterations
      .filter((i) => i.status === 'closed')
      .map((i) => ({
        iteration: i.id,
        name: i.name,
        unmetMust: i.scorecard.filter((r) => r.priority === 'must' && r.status !== 'met').length,
      })),
    iterations,
    gaps: now.filter((c) => c.status !== 'met').map((c) => ({ ...c, owner: owners.get(c.requirement) ?? '' })),
    openQuestions: doc.decisions
      .filter((d) => d.status === 'open')
      .map((d) => ({ id: d.id, question: d.question, askedBy: d.askedBy })),
  };
}
