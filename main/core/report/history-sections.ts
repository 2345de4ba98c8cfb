/** The report's history, attribution and iterations sections. */
import { burndownDef, costQualityDef, type HistoryChartText } from '../../../shared/charts/history-charts.js';
import { renderChartSvg } from '../../../shared/charts/ssr.js';
import type { ChartDef } from '../../../shared/charts/specs.js';
import type { Iteration, ProjectDocument } from '../../../shared/schema.js';
import type { ProjectHistory } from '../scoring/history.js';
import { formatDatasetRef } from '../scoring/measure.js';
import type { Attribution } from '../present/attribution.js';
import { esc } from './format.js';
import type { Tr } from '../../../shared/report-i18n/i18n.js';
import { scorecardTable, type Intervals } from './sections.js';
import { changeText, movementTexts } from '../../../shared/present/attribution-text.js';

export { changeText, signed } from '../../../shared/present/attribution-text.js';

export function chartText(tr: Tr, history: ProjectHistory): HistoryChartText {
  return {
    value: tr.t('chart.value'),
    target: tr.t('chart.target'),
    must: tr.t('chart.must'),
    should: tr.t('chart.should'),
    burndownTitle: tr.t('chart.burndown'),
    costTitle: tr.t('chart.cost', { metric: history.qualityMetric }),
  };
}

const figure = (def: ChartDef) =>
  `<figure class="chart" data-chart="${esc(def.id)}"><figcaption>${esc(def.title)}</figcaption>${renderChartSvg(def)}</figure>`;

/** Burndown of unmet must / should, and cumulative labeling cost vs the main quality metric. */
export function historySection(tr: Tr, history: ProjectHistory): string {
  const title = `<h2>${esc(tr.t('history.title'))}</h2>`;
  if (history.iterations.length === 0)
    return `<section id="history">${title}<p class="muted">${esc(tr.t('history.none'))}</p></section>`;
  const text = chartText(tr, history);
  const names = new Map(history.iterations.map((i) => [i.id, i.name]));
  const cost = costQualityDef(history, text, tr.locale);
  const rows = history.costVsQuality
    .map(
      (p) =>
        `<tr><td>${esc(names.get(p.iteration) ?? p.iteration)}</td><td class="num">${esc(tr.num(p.cumulativeCost, p.currency === 'mixed' ? '' : p.currency))}</td><td class="num">${esc(tr.num(p.quality))}</td><td>${esc(p.run ?? '')}</td></tr>`,
    )
    .join('');
  const head = `<tr><th>${esc(tr.t('col.iteration'))}</th><th class="num">${esc(tr.t('col.cumulativeCost'))}</th><th class="num">${esc(history.qualityMetric)}</th><th>${esc(tr.t('col.candidate'))}</th></tr>`;
  return `<section id="history"><div class="keep">${title}<div class="charts">${figure(burndownDef(history, text, tr.locale))}
${cost ? figure(cost) : `<p class="muted">${esc(tr.t('history.noCost'))}</p>`}</div></div>
<table><thead>${head}</thead><tbody>${rows}</tbody></table>
</section>`;
}

/** The attribution between two iterations as a table (what changed, and the split where measured). */
export function attributionTable(tr: Tr, a: Attribution, names: Map<string, string>): string {
  const moved = a.entries.filter((e) => e.total !== 0 || e.changes.some((c) => c.kind === 'target'));
  const head = ['requirement', 'from', 'to', 'movement', 'changes', 'dataEffect', 'modelEffect']
    .map((c) => `<th>${esc(tr.t(`col.${c}`))}</th>`)
    .join('');
  const rows = moved
    .map((e) => {
      const changes = e.changes.map((c) => changeText(tr, c, e.unit)).join('; ') || tr.t('attribution.unchanged');
      const m = movementTexts(tr, e);
      return `<tr data-requirement="${esc(e.requirement)}"><td>${esc(e.requirement)} ${esc(e.title)}</td><td class="num">${esc(tr.num(e.from, e.unit))}</td><td class="num">${esc(tr.num(e.to, e.unit))}</td><td class="num">${esc(m.total)}</td><td>${esc(changes)}</td><td class="num">${esc(m.data)}</td><td class="num">${esc(m.model)}</td></tr>`;
    })
    .join('');
  const bridge = a.entries.find((e) => e.split)?.split;
  const note = bridge
    ? `<p class="muted">${esc(tr.t('attribution.bridge', { run: bridge.bridgeRun }))}</p>`
    : a.bridgeNeeded
      ? `<p class="muted">${esc(tr.t('attribution.bridgeNeeded', { from: a.from, to: a.to }))}</p>`
      : '';
  const title = tr.t('attribution.pair', { from: names.get(a.from) ?? a.from, to: names.get(a.to) ?? a.to });
  return `<div class="keep"><h3>${esc(title)}</h3><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>${note}`;
}

/** For each pair of consecutive closed iterations: what changed and what it moved. */
export function attributionSection(tr: Tr, doc: ProjectDocument, attributions: readonly Attribution[]): string {
  const names = new Map(doc.iterations.map((i) => [i.id, i.name]));
  const body = attributions.length
    ? attributions.map((a) => attributionTable(tr, a, names)).join('\n')
    : `<p class="muted">${esc(tr.t('attribution.none'))}</p>`;
  return `<section id="attribution"><h2>${esc(tr.t('attribution.title'))}</h2>${body}</section>`;
}

function iterationBlock(tr: Tr, it: Iteration, intervals: Intervals): string {
  const datasets = it.datasets.map((d) => formatDatasetRef(d)).join(', ');
  const meta = [
    it.status === 'closed' ? tr.t('iterations.closed', { date: tr.date(it.closedAt) }) : tr.t('iterations.open'),
    tr.t('iterations.started', { date: tr.date(it.startedAt) }),
    it.candidateRun ? tr.t('iterations.candidate', { run: it.candidateRun }) : '',
    datasets ? tr.t('iterations.data', { list: datasets }) : '',
  ].filter(Boolean);
  const must = it.scorecard.filter((r) => r.priority === 'must');
  const counts =
    it.status === 'closed'
      ? `<p class="summary">${esc(
          tr.t('board.summary', {
            met: must.filter((r) => r.status === 'met').length,
            total: must.length,
            allMet: it.scorecard.filter((r) => r.status === 'met').length,
            all: it.scorecard.length,
          }),
        )}</p>`
      : '';
  return `<article class="iteration" id="${esc(it.id)}"><div class="keep"><h3>${esc(it.id)} ${esc(it.name)}</h3><p class="muted">${esc(meta.join(' · '))}</p>
${it.notes ? `<p>${esc(it.notes)}</p>` : ''}${counts}</div>${it.status === 'closed' ? scorecardTable(tr, it.scorecard, { run: it.candidateRun ?? null, intervals }) : ''}</article>`;
}

/** Every iteration with its notes and frozen scorecard, newest first. */
export function iterationsSection(tr: Tr, doc: ProjectDocument, intervals: Intervals): string {
  const blocks = [...doc.iterations].reverse().map((it) => iterationBlock(tr, it, intervals));
  return `<section id="iterations"><h2>${esc(tr.t('iterations.title', { count: doc.iterations.length }))}</h2>${blocks.join('\n') || `<p class="muted">${esc(tr.t('iterations.none'))}</p>`}</section>`;
}
