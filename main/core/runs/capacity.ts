/**
 * Capacity planning: how many machines like the measured one serve a QPS target within the
 * latency bound. A run's `server_qps` is the highest Poisson arrival rate one such machine
 * sustained with p95 latency inside the bound, so the count is ⌈target QPS / server QPS⌉.
 */
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { runMismatches } from '../../../shared/serving-mismatch.js';
import type { CapacityLine, CapacityPlan } from '../../../shared/optimization-views.js';
export type { CapacityLine, CapacityPlan } from '../../../shared/optimization-views.js';

export const CAPACITY_ASSUMPTION =
  'Each machine is like the measured one (same CPU, cores and threads) and sustains the run’s server QPS — the highest Poisson arrival rate whose p95 latency stayed within the bound; the load splits evenly across machines, with no balancer or network overhead.';

const sig = (v: number) => Number(v.toPrecision(6)).toString();

/** Machines for one run against `targetQps`; no count when the run has no server QPS. */
export function capacityLine(doc: ProjectDocument, run: Run, targetQps: number, targetId?: string): CapacityLine {
  const model = doc.models.find((m) => m.id === run.model);
  const serverQps = run.metrics.server_qps ?? null;
  const mismatch = runMismatches(doc, run).filter((m) => !targetId || m.target === targetId);
  const base = {
    run: run.id,
    model: run.model,
    modelName: model?.name ?? run.model,
    serverQps,
    latencyBoundMs: run.settings.latencyBoundMs ?? null,
    mismatch,
  };
  if (serverQps === null || !(serverQps > 0)) {
    return {
      ...base,
      machines: null,
      formula: `${run.id} has no server QPS; evaluate with speed measurement on and a latency bound`,
    };
  }
  const ratio = targetQps / serverQps;
  const machines = Math.max(1, Math.ceil(ratio));
  return { ...base, machines, formula: `⌈${sig(targetQps)} / ${sig(serverQps)}⌉ = ⌈${sig(ratio)}⌉ = ${machines}` };
}

/** Throughput requirements: a QPS key that must reach at least a target. */
export function throughputRequirements(doc: ProjectDocument) {
  return doc.requirements.filter((r) => (r.metric === 'server_qps' || r.metric === 'throughput_qps') && r.op === '>=');
}

/** The latest finished run of each model (the candidates a team chooses among). */
export function latestRunPerModel(doc: ProjectDocument): Run[] {
  const out = new Map<string, Run>();
  for (const r of doc.runs) if (r.status === 'done') out.set(r.model, r);
  return [...out.values()];
}

/**
 * One plan per throughput requirement (or one for `qps` when given) for `run`, with the
 * other models' latest runs alongside.
 */
export function planCapacity(doc: ProjectDocument, run: Run, qps?: number): CapacityPlan[] {
  const targets =
    qps !== undefined
      ? [{ requirement: null, targetQps: qps, st: undefined as string | undefined }]
      : throughputRequirements(doc).map((r) => ({
          requirement: { id: r.id, title: r.title, metric: r.metric },
          targetQps: r.target,
          st: r.servingTarget,
        }));
  const candidates = latestRunPerModel(doc);
  return targets.map((t) => {
    const st = t.st ? doc.servingTargets.find((s) => s.id === t.st) : undefined;
    return {
      requirement: t.requirement,
      targetQps: t.targetQps,
      servingTarget: st ? { id: st.id, name: st.name } : null,
      line: capacityLine(doc, run, t.targetQps, st?.id),
      candidates: candidates.map((c) => capacityLine(doc, c, t.targetQps, st?.id)),
    };
  });
}
