/**
 * Speed figures measured on other hardware or thread settings than the serving target a
 * requirement names say little about that target; these helpers say how they differ, in the
 * words a lead reads on the board ("measured on 2 cores; the target laptop has 4"). Pure, so
 * the UI, the CLI and reports share them.
 */
import type { Environment, ProjectDocument, Run, ServingTarget } from './schema.js';

export interface ServingMismatch {
  target: string;
  targetName: string;
  /** Present only where the target states a value and the run's differs. */
  cores?: { measured: number; target: number };
  threads?: { measured: number; target: number };
}

const SPEED = /^(latency_|throughput_qps$|server_qps$|peak_memory_mb$)/;

/** How `env` differs from `st`, or null when it matches (unknown target values match anything). */
export function servingMismatch(env: Environment, st: ServingTarget): ServingMismatch | null {
  const m: ServingMismatch = { target: st.id, targetName: st.name };
  if (st.hardware.cores !== null && st.hardware.cores !== env.cores)
    m.cores = { measured: env.cores, target: st.hardware.cores };
  if (st.runtime.threads !== null && st.runtime.threads !== env.threads)
    m.threads = { measured: env.threads, target: st.runtime.threads };
  return m.cores || m.threads ? m : null;
}

/** Serving targets named by a speed requirement (or by `metric`'s requirements, when given). */
export function speedTargets(doc: ProjectDocument, metric?: string): ServingTarget[] {
  const ids = new Set(
    doc.requirements
      .filter((r) => r.servingTarget && (metric ? r.metric === metric : SPEED.test(r.metric)))
      .map((r) => r.servingTarget as string),
  );
  return doc.servingTargets.filter((st) => ids.has(st.id));
}

/** Every mismatch of a run with the serving targets its speed figures are held against. */
export function runMismatches(doc: ProjectDocument, run: Pick<Run, 'environment'>, metric?: string): ServingMismatch[] {
  return speedTargets(doc, metric)
    .map((st) => servingMismatch(run.environment, st))
    .filter((m): m is ServingMismatch => m !== null);
}

/** The English sentence for the CLI: `measured on 2 cores; the target laptop has 4`. */
export function mismatchSentence(m: ServingMismatch): string {
  const parts: string[] = [];
  if (m.cores) parts.push(`measured on ${m.cores.measured} cores; the target ${m.targetName} has ${m.cores.target}`);
  if (m.threads)
    parts.push(`measured with ${m.threads.measured} threads; the target ${m.targetName} runs ${m.threads.target}`);
  return parts.join(', and ');
}
