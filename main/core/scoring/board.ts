/**
 * The board, a project's home: every requirement's current value vs target and gap, scored
 * against the open iteration's candidate run (else the latest finished run), with its trend
 * over the closed iterations and the evidence behind the number.
 */
import type { ProjectDocument } from '../../../shared/schema.js';
import { closedIterations, frozenRowsByRequirement } from './history.js';
import { metricKind } from '../../../shared/metric-keys.js';
import { openIteration } from './iterations.js';
import { includesTraining } from '../../../shared/training-data.js';
import { boardRun, scoreAgainst, type ScoreOptions } from './score.js';
import type { Board, BoardCard, TrendPoint } from '../../../shared/board-views.js';

export type { Board, BoardCard, TrendPoint } from '../../../shared/board-views.js';

/**
 * Builds the board: current scorecard (the chosen candidate run, else the latest finished
 * run; the open iteration's dataset versions for data requirements), header counts, groupings
 * by status and by kind, per-card trend over closed iterations and linked decisions.
 */
export function currentBoard(doc: ProjectDocument, opts: ScoreOptions = {}): Board {
  const open = openIteration(doc);
  const { run, source } = boardRun(doc);
  const datasets = opts.datasets ?? (open?.datasets.length ? open.datasets : undefined);
  const card = scoreAgainst(doc, run, { ...opts, ...(datasets ? { datasets } : {}) });
  const closed = closedIterations(doc);
  const frozen = frozenRowsByRequirement(closed);
  const decisions = new Map<string, string[]>();
  for (const d of doc.decisions) for (const r of d.requirements) decisions.set(r, [...(decisions.get(r) ?? []), d.id]);
  const byStatus: Board['byStatus'] = { unmet: [], met: [], untested: [] };
  const byKind: Board['byKind'] = { quality: [], speed: [], size: [], data: [] };
  const cards = card.rows.map((row, i): BoardCard => {
    const trend: TrendPoint[] = [];
    frozen.get(row.requirement)?.forEach((r, j) => {
      if (r) trend.push({ iteration: closed[j]!.id, value: r.value, target: r.target, status: r.status });
    });
    const kind = metricKind(row.metric);
    byStatus[row.status].push(row.requirement);
    byKind[kind].push(row.requirement);
    return { ...row, kind, evidenceRef: card.evidence[i]!, trend, decisions: decisions.get(row.requirement) ?? [] };
  });
  const model = run ? doc.models.find((m) => m.id === run.model) : undefined;
  return {
    iteration: open ? { id: open.id, name: open.name } : null,
    run: run
      ? {
          id: run.id,
          model: run.model,
          modelName: model?.name ?? run.model,
          ...(run.dataset ? { dataset: { ...run.dataset } } : {}),
          startedAt: run.startedAt,
        }
      : null,
    runSource: source,
    newerRuns: run ? doc.runs.slice(doc.runs.indexOf(run) + 1).flatMap((r) => (r.status === 'done' ? [r.id] : [])) : [],
    includesTraining: run ? includesTraining(doc, run) : false,
    cards,
    must: card.must,
    all: card.all,
    byStatus,
    byKind,
  };
}
