/** The report's board, requirements and decisions sections, each a pure function to HTML. */
import type { ProjectDocument, Requirement, ScorecardRow } from '../../../shared/schema.js';
import { formatScope } from '../requirements/scope.js';
import type { Board } from '../scoring/board.js';
import type { ProjectHistory, RequirementSeries } from '../scoring/history.js';
import { formatDatasetRef } from '../scoring/measure.js';
import { renderChartSvg } from '../../../shared/charts/ssr.js';
import { requirementChart } from '../../../shared/charts/history-charts.js';
import { esc } from './format.js';
import type { Tr } from '../../../shared/report-i18n/i18n.js';
import { sparkline } from './sparkline.js';

export type Intervals = (run: string | null | undefined, metric: string) => readonly [number, number] | undefined;

/** The 95% intervals a run recorded for its metrics, where it recorded any. */
export function runIntervals(doc: ProjectDocument): Intervals {
  const runs = new Map(doc.runs.map((r) => [r.id, r as { intervals?: Record<string, [number, number]> }]));
  return (run, metric) => (run ? runs.get(run)?.intervals?.[metric] : undefined);
}

export const statusBadge = (tr: Tr, s: ScorecardRow['status']) =>
  `<span class="status status-${s}">${esc(tr.t(`status.${s}`))}</span>`;

export const prioBadge = (tr: Tr, p: ScorecardRow['priority']) =>
  `<span class="prio prio-${p}">${esc(tr.t(`priority.${p}`))}</span>`;

/** `≥ 0.97` / `≤ 5 ms`. */
export function targetText(tr: Tr, row: Pick<ScorecardRow, 'op' | 'target' | 'unit'>): string {
  return `${row.op === '>=' ? '≥' : '≤'} ${tr.num(row.target, row.unit)}`;
}

/** The gap of a row: a dash once it is met (a met requirement has no gap to speak of). */
export function gapText(tr: Tr, row: Pick<ScorecardRow, 'status' | 'gap' | 'unit'>): string {
  return row.status === 'met' || row.gap === null ? '—' : tr.num(row.gap, row.unit);
}

/** A scorecard as a table; `run` names the run whose intervals set each value's precision. */
export function scorecardTable(
  tr: Tr,
  rows: readonly (ScorecardRow & { spark?: string })[],
  opts: { run?: string | null; intervals?: Intervals; spark?: boolean } = {},
): string {
  const cols = ['id', 'requirement', 'metric', 'priority', 'value', 'target', 'gap', 'status', 'evidence'];
  const num = new Set(['value', 'target', 'gap']);
  const head = [...cols, ...(opts.spark ? ['trend'] : [])]
    .map((c) => `<th${num.has(c) ? ' class="num"' : ''}>${esc(tr.t(`col.${c}`))}</th>`)
    .join('');
  const body = rows
    .map((r) => {
      const iv = opts.intervals?.(opts.run, r.metric);
      return `<tr data-requirement="${esc(r.requirement)}"><td><a href="#${esc(r.requirement)}">${esc(r.requirement)}</a></td><td>${esc(r.title)}</td><td><code>${esc(r.metric)}</code></td><td>${prioBadge(tr, r.priority)}</td><td class="num">${esc(tr.num(r.value, r.unit, iv))}</td><td class="num">${esc(targetText(tr, r))}</td><td class="num">${esc(gapText(tr, r))}</td><td>${statusBadge(tr, r.status)}</td><td class="muted">${esc(tr.engine(r.evidence))}</td>${opts.spark ? `<td>${r.spark ?? ''}</td>` : ''}</tr>`;
    })
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The board: header counts, the run scored, and every requirement grouped by status. */
export function boardSection(tr: Tr, board: Board, history: ProjectHistory, intervals: Intervals): string {
  const byId = new Map(history.requirements.map((s) => [s.id, s]));
  const run = board.run
    ? tr.t(board.runSource === 'candidate' ? 'board.candidateRun' : 'board.latestRun', {
        run: board.run.id,
        model: board.run.modelName,
        on: board.run.dataset ? tr.t('board.on', { data: formatDatasetRef(board.run.dataset) }) : '',
        date: tr.date(board.run.startedAt),
      })
    : tr.t('board.noRun');
  const groups = (['unmet', 'met', 'untested'] as const).map((s) => {
    const ids = new Set(board.byStatus[s]);
    const rows = board.cards
      .filter((c) => ids.has(c.requirement))
      .map((c) => ({ ...c, spark: sparkline(byId.get(c.requirement)?.points ?? []) }));
    if (rows.length === 0) return '';
    return `<h3>${esc(tr.t(`status.${s}`))} (${rows.length})</h3>${scorecardTable(tr, rows, { run: board.run?.id ?? null, intervals, spark: true })}`;
  });
  const summary = tr.t('board.summary', {
    met: board.must.met,
    total: board.must.total,
    allMet: board.all.met,
    all: board.all.total,
  });
  return `<section id="board"><div class="keep"><h2>${esc(tr.t('board.title'))}</h2>
<p class="summary" data-testid="board-summary">${esc(summary)}</p>
<p class="muted">${board.iteration ? `${esc(tr.t('board.openIteration', { name: board.iteration.name }))} · ` : ''}${esc(run)}</p></div>
${groups.join('\n')}</section>`;
}

function changeList(tr: Tr, req: Requirement): string {
  if (req.history.length === 0) return '';
  const items = req.history.map((c) => {
    const v = (x: string | number) => (typeof x === 'number' ? tr.num(x, c.field === 'target' ? req.unit : '') : x);
    const line = tr.t('req.change', {
      date: tr.date(c.at),
      field: tr.t(`req.field.${c.field}`),
      from: v(c.from),
      to: v(c.to),
    });
    return `<li>${esc(line)}${c.reason ? ` — ${esc(c.reason)}` : ''}</li>`;
  });
  return `<ul class="changes">${items.join('')}</ul>`;
}

function seriesChart(tr: Tr, series: RequirementSeries | undefined, history: ProjectHistory): string {
  if (!series || series.points.length === 0) return `<p class="muted">${esc(tr.t('req.noClosed'))}</p>`;
  const def = requirementChart(
    series,
    history,
    { value: tr.t('chart.value'), target: tr.t('chart.target') },
    tr.locale,
    {
      width: 420,
      height: 190,
    },
  );
  return `<figure class="chart" data-chart="${esc(def.id)}">${renderChartSvg(def)}</figure>`;
}

/** One block per requirement: what it asks, why, its change history and value vs target chart. */
export function requirementsSection(
  tr: Tr,
  doc: ProjectDocument,
  board: Board,
  history: ProjectHistory,
  intervals: Intervals,
): string {
  const byId = new Map(history.requirements.map((s) => [s.id, s]));
  const cards = new Map(board.cards.map((c) => [c.requirement, c]));
  const blocks = doc.requirements.map((req) => {
    const card = cards.get(req.id);
    const scope = formatScope(req.scope);
    const facts = [
      `<code>${esc(req.metric)}</code> ${esc(targetText(tr, req))}`,
      scope ? esc(tr.t('req.scope', { scope })) : '',
      req.servingTarget ? esc(tr.t('req.servingTarget', { id: req.servingTarget })) : '',
      req.owner ? esc(tr.t('req.owner', { name: req.owner })) : '',
      req.source.who || req.source.qa
        ? esc(tr.t('req.askedBy', { who: [req.source.who, req.source.qa].filter(Boolean).join(', ') }))
        : '',
    ].filter(Boolean);
    const now = card
      ? tr.t('req.now', {
          value: tr.num(card.value, req.unit, intervals(board.run?.id, req.metric)),
          gap: gapText(tr, card),
          evidence: tr.engine(card.evidence),
        })
      : '';
    return `<article class="req" id="${esc(req.id)}" data-requirement="${esc(req.id)}">
<header><strong>${esc(req.id)}</strong> <span>${esc(req.title)}</span> ${prioBadge(tr, req.priority)} ${card ? statusBadge(tr, card.status) : ''}</header>
<div class="muted">${facts.join(' · ')}</div>
${req.rationale ? `<p>${esc(req.rationale)}</p>` : ''}
${now ? `<p>${esc(now)}</p>` : ''}
${changeList(tr, req)}
${seriesChart(tr, byId.get(req.id), history)}
</article>`;
  });
  const removed = history.requirements.filter((s) => !s.current);
  const gone = removed.length
    ? `<p class="muted">${esc(tr.t('req.removed', { list: removed.map((s) => `${s.id} ${s.title}`).join(', ') }))}</p>`
    : '';
  return `<section id="requirements"><h2>${esc(tr.t('req.title', { count: doc.requirements.length }))}</h2>${blocks.join('\n')}${gone}</section>`;
}

/** The Q&A and decisions log, with what each changed. */
export function decisionsSection(tr: Tr, doc: ProjectDocument): string {
  if (doc.decisions.length === 0) return '';
  const head = ['id', 'date', 'question', 'answer', 'changed', 'requirements', 'status']
    .map((c) => `<th>${esc(tr.t(`col.${c}`))}</th>`)
    .join('');
  const rows = doc.decisions
    .map(
      (d) =>
        `<tr><td>${esc(d.id)}</td><td>${esc(tr.date(d.at))}</td><td>${esc(d.question)}</td><td>${esc(d.answer)}</td><td>${esc(d.changed)}</td><td>${d.requirements.map((r) => `<a href="#${esc(r)}">${esc(r)}</a>`).join(', ')}</td><td>${esc(tr.t(`qa.status.${d.status}`))}</td></tr>`,
    )
    .join('');
  return `<section id="decisions"><div class="keep"><h2>${esc(tr.t('qa.title'))}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}
