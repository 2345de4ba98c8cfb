/** The report's sections, each a pure function from scored data to an HTML fragment. */
import type { Iteration, ProjectDocument, Requirement, ScorecardRow } from '../../../shared/schema.js';
import { formatScope } from '../requirements/scope.js';
import type { Board } from '../scoring/board.js';
import type { ProjectHistory, RequirementSeries } from '../scoring/history.js';
import { formatDatasetRef } from '../scoring/measure.js';
import { day, esc, fmt, withUnit } from './format.js';
import { burndownChart, costQualityChart, historyChart, sparkline, type SeriesPoint } from './svg.js';

const STATUS_LABEL = { unmet: 'not met', met: 'met', untested: 'untested' } as const;

function status(s: ScorecardRow['status']): string {
  return `<span class="status status-${s}">${STATUS_LABEL[s]}</span>`;
}

function prio(p: ScorecardRow['priority']): string {
  return `<span class="prio prio-${p}">${p}</span>`;
}

function seriesPoints(series: RequirementSeries | undefined, names: Map<string, string>): SeriesPoint[] {
  return (series?.points ?? []).map((p) => ({
    label: names.get(p.iteration) ?? p.iteration,
    value: p.value,
    target: p.target,
  }));
}

/** `≥ 0.97` / `≤ 5 ms`. */
export function targetText(row: Pick<ScorecardRow, 'op' | 'target' | 'unit'>): string {
  return `${row.op === '>=' ? '≥' : '≤'} ${withUnit(row.target, row.unit)}`;
}

function scorecardTable(rows: readonly (ScorecardRow & { spark?: string })[], withSpark: boolean): string {
  const head = `<tr><th>id</th><th>requirement</th><th>metric</th><th>priority</th><th class="num">value</th><th class="num">target</th><th class="num">gap</th><th>status</th><th>evidence</th>${withSpark ? '<th>trend</th>' : ''}</tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr data-requirement="${esc(r.requirement)}"><td><a href="#${esc(r.requirement)}">${esc(r.requirement)}</a></td><td>${esc(r.title)}</td><td><code>${esc(r.metric)}</code></td><td>${prio(r.priority)}</td><td class="num">${esc(withUnit(r.value, r.unit))}</td><td class="num">${esc(targetText(r))}</td><td class="num">${esc(withUnit(r.gap, r.unit))}</td><td>${status(r.status)}</td><td class="muted">${esc(r.evidence)}</td>${withSpark ? `<td>${r.spark ?? ''}</td>` : ''}</tr>`,
    )
    .join('\n');
  return `<table>${head}\n${body}</table>`;
}

/** The board: header counts, the run scored, and every requirement grouped by status. */
export function boardSection(board: Board, history: ProjectHistory): string {
  const names = new Map(history.iterations.map((i) => [i.id, i.name]));
  const byId = new Map(history.requirements.map((s) => [s.id, s]));
  const run = board.run
    ? `${board.runSource === 'candidate' ? 'candidate' : 'latest'} run ${esc(board.run.id)} (${esc(board.run.modelName)}${board.run.dataset ? ` on ${esc(formatDatasetRef(board.run.dataset))}` : ''}, ${esc(day(board.run.startedAt))})`
    : 'no finished run yet';
  const groups = (['unmet', 'met', 'untested'] as const).map((s) => {
    const ids = new Set(board.byStatus[s]);
    const rows = board.cards
      .filter((c) => ids.has(c.requirement))
      .map((c) => ({ ...c, spark: sparkline(seriesPoints(byId.get(c.requirement), names)) }));
    return rows.length ? `<h3>${STATUS_LABEL[s].toUpperCase()} (${rows.length})</h3>${scorecardTable(rows, true)}` : '';
  });
  return `<section id="board"><h2>Board</h2>
<p class="summary" data-testid="board-summary">Must ${board.must.met}/${board.must.total} met · All ${board.all.met}/${board.all.total}</p>
<p class="muted">${board.iteration ? `Iteration ${esc(board.iteration.name)} (open) · ` : ''}${run}</p>
${groups.join('\n')}</section>`;
}

function changeList(req: Requirement): string {
  if (req.history.length === 0) return '';
  const items = req.history.map(
    (c) =>
      `<li>${esc(day(c.at))}: ${esc(c.field)} ${esc(String(c.from))} → ${esc(String(c.to))}${c.reason ? ` — ${esc(c.reason)}` : ''}</li>`,
  );
  return `<ul class="changes">${items.join('')}</ul>`;
}

/** One block per requirement: what it asks, why, its change history and value vs target chart. */
export function requirementsSection(doc: ProjectDocument, board: Board, history: ProjectHistory): string {
  const names = new Map(history.iterations.map((i) => [i.id, i.name]));
  const byId = new Map(history.requirements.map((s) => [s.id, s]));
  const cards = new Map(board.cards.map((c) => [c.requirement, c]));
  const blocks = doc.requirements.map((req) => {
    const card = cards.get(req.id);
    const scope = formatScope(req.scope);
    const series = byId.get(req.id);
    const chart =
      series && series.points.length
        ? historyChart(seriesPoints(series, names), { title: `${req.id} value vs target` })
        : '<p class="muted">No closed iteration yet.</p>';
    const facts = [
      `<code>${esc(req.metric)}</code> ${esc(targetText(req))}`,
      scope ? `scope ${esc(scope)}` : '',
      req.servingTarget ? `serving target ${esc(req.servingTarget)}` : '',
      req.owner ? `owner ${esc(req.owner)}` : '',
      req.source.who || req.source.qa
        ? `asked by ${esc([req.source.who, req.source.qa].filter(Boolean).join(', '))}`
        : '',
    ].filter(Boolean);
    return `<article class="req" id="${esc(req.id)}" data-requirement="${esc(req.id)}">
<header><strong>${esc(req.id)}</strong> <span>${esc(req.title)}</span> ${prio(req.priority)} ${card ? status(card.status) : ''}</header>
<div class="muted">${facts.join(' · ')}</div>
${req.rationale ? `<p>${esc(req.rationale)}</p>` : ''}
${card ? `<p>now ${esc(withUnit(card.value, req.unit))} · gap ${esc(withUnit(card.gap, req.unit))} · ${esc(card.evidence)}</p>` : ''}
${changeList(req)}
${chart}
</article>`;
  });
  const removed = history.requirements.filter((s) => !s.current);
  const gone = removed.length
    ? `<p class="muted">No longer current (kept in old scorecards): ${removed.map((s) => `${esc(s.id)} ${esc(s.title)}`).join(', ')}</p>`
    : '';
  const legend = `<div class="legend"><span><i class="sw" style="background:#2563eb"></i>value at each closed iteration</span><span><i class="sw" style="background:#dc2626"></i>target (dashed; steps where it changed)</span></div>`;
  return `<section id="requirements"><h2>Requirements (${doc.requirements.length})</h2>${legend}${blocks.join('\n')}${gone}</section>`;
}

/** Burndown of unmet must / should, and cumulative labeling cost vs the main quality metric. */
export function historySection(history: ProjectHistory): string {
  if (history.iterations.length === 0)
    return `<section id="history"><h2>History</h2><p class="muted">No iteration has been closed yet.</p></section>`;
  const names = new Map(history.iterations.map((i) => [i.id, i.name]));
  const bars = history.burndown.map((b) => ({
    label: names.get(b.iteration) ?? b.iteration,
    must: b.unmetMust,
    should: b.unmetShould,
  }));
  const cost = history.costVsQuality.map((p) => ({
    label: names.get(p.iteration) ?? p.iteration,
    cost: p.cumulativeCost,
    quality: p.quality,
  }));
  const priced = cost.some((p) => p.cost !== null && p.quality !== null);
  const currency = history.costVsQuality.find((p) => p.currency)?.currency ?? '';
  const rows = history.costVsQuality
    .map(
      (p) =>
        `<tr><td>${esc(names.get(p.iteration) ?? p.iteration)}</td><td class="num">${esc(withUnit(p.cumulativeCost, p.currency))}</td><td class="num">${fmt(p.quality)}</td><td>${esc(p.run ?? '')}</td></tr>`,
    )
    .join('');
  return `<section id="history"><h2>History</h2>
<div class="charts"><div><h3>Unmet requirements per iteration</h3>
<div class="legend"><span><i class="sw" style="background:#dc2626"></i>must</span><span><i class="sw" style="background:#f59e0b"></i>should</span></div>
${burndownChart(bars)}</div>
<div><h3>Cumulative labeling cost${currency ? ` (${esc(currency)})` : ''} vs ${esc(history.qualityMetric)}</h3>
${priced ? costQualityChart(cost) : '<p class="muted">No priced labeling batches yet.</p>'}</div></div>
<table><tr><th>iteration</th><th class="num">cumulative labeling cost</th><th class="num">${esc(history.qualityMetric)}</th><th>candidate run</th></tr>${rows}</table>
</section>`;
}

function iterationBlock(it: Iteration): string {
  const datasets = it.datasets.map((d) => formatDatasetRef(d)).join(', ');
  const meta = [
    it.status === 'closed' ? `closed ${esc(day(it.closedAt))}` : 'open',
    `started ${esc(day(it.startedAt))}`,
    it.candidateRun ? `candidate ${esc(it.candidateRun)}` : '',
    datasets ? `data ${esc(datasets)}` : '',
  ].filter(Boolean);
  const must = it.scorecard.filter((r) => r.priority === 'must');
  const counts =
    it.status === 'closed'
      ? `<p class="summary">Must ${must.filter((r) => r.status === 'met').length}/${must.length} met · All ${it.scorecard.filter((r) => r.status === 'met').length}/${it.scorecard.length}</p>`
      : '';
  return `<article class="iteration" id="${esc(it.id)}"><h3>${esc(it.id)} ${esc(it.name)}</h3><p class="muted">${meta.join(' · ')}</p>
${it.notes ? `<p>${esc(it.notes)}</p>` : ''}${counts}${it.status === 'closed' ? scorecardTable(it.scorecard, false) : ''}</article>`;
}

/** Every iteration with its notes and frozen scorecard, newest first. */
export function iterationsSection(doc: ProjectDocument): string {
  const blocks = [...doc.iterations].reverse().map(iterationBlock);
  return `<section id="iterations"><h2>Iterations (${doc.iterations.length})</h2>${blocks.join('\n') || '<p class="muted">No iterations yet.</p>'}</section>`;
}

/** The Q&A and decisions log, with what each changed. */
export function decisionsSection(doc: ProjectDocument): string {
  if (doc.decisions.length === 0) return '';
  const rows = doc.decisions
    .map(
      (d) =>
        `<tr><td>${esc(d.id)}</td><td>${esc(day(d.at))}</td><td>${esc(d.question)}</td><td>${esc(d.answer)}</td><td>${esc(d.changed)}</td><td>${d.requirements.map((r) => `<a href="#${esc(r)}">${esc(r)}</a>`).join(', ')}</td><td>${esc(d.status)}</td></tr>`,
    )
    .join('');
  return `<section id="decisions"><h2>Q&amp;A and decisions</h2><table><tr><th>id</th><th>date</th><th>question</th><th>answer</th><th>what it changed</th><th>requirements</th><th>status</th></tr>${rows}</table></section>`;
}
