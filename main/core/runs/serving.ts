/**
 * Whether this machine matches the serving target a speed requirement names:
 * latency and QPS measured on 2 cores say little about a 4-core target, and the board must
 * say so next to the figure.
 */
import { isHardwareMetric } from '../../../shared/metric-keys.js';
import type { Environment, ProjectDocument } from '../../../shared/schema.js';

/**
 * One warning per serving target named by a speed requirement whose cores or threads differ
 * from `env`, e.g. `environment differs from serving target ST-1 (laptop): 2 cores vs 4`.
 */
export function environmentWarnings(doc: ProjectDocument, env: Environment): string[] {
  const targets = new Set(
    doc.requirements.filter((r) => r.servingTarget && isHardwareMetric(r.metric)).map((r) => r.servingTarget as string),
  );
  const out: string[] = [];
  for (const st of doc.servingTargets) {
    if (!targets.has(st.id)) continue;
    const diffs: string[] = [];
    if (st.hardware.cores !== null && st.hardware.cores !== env.cores)
      diffs.push(`${env.cores} cores vs ${st.hardware.cores}`);
    if (st.runtime.threads !== null && st.runtime.threads !== env.threads)
      diffs.push(`${env.threads} threads vs ${st.runtime.threads}`);
    if (diffs.length) out.push(`environment differs from serving target ${st.id} (${st.name}): ${diffs.join(', ')}`);
  }
  return out;
}

/**
 * The p95 bound for `server_qps` when the user gave none: the tightest `<=` latency
 * requirement (p95 first, as MLPerf's Server scenario bounds a percentile).
 */
export function defaultLatencyBound(doc: ProjectDocument): number | undefined {
  const lat = doc.requirements.filter(
    (r) => r.op === '<=' && /^latency_(p\d+|mean)_ms$/.test(r.metric) && r.target > 0,
  );
  const p95 = lat.filter((r) => r.metric === 'latency_p95_ms');
  const pool = p95.length ? p95 : lat;
  return pool.length ? Math.min(...pool.map((r) => r.target)) : undefined;
}
