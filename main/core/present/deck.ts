/**
 * The slides of the iteration story as HTML, one 1920×1080 section each, with speaker notes.
 * The app shows these very slides full screen, and the export prints them one per landscape
 * page, so what the audience sees and what is handed out are the same.
 */
import { renderChartSvg } from '../../../shared/charts/ssr.js';
import { axisLabels, burndownChart, valueTargetChart } from '../../../shared/charts/specs.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { esc } from '../report/format.js';
import { movementTexts, signed } from '../../../shared/present/attribution-text.js';
import type { Tr } from '../../../shared/report-i18n/i18n.js';
import { statusBadge, targetText } from '../report/sections.js';
import { buildTradeoff } from '../runs/tradeoff.js';
import { tradeoffOption } from '../../../shared/charts/tradeoff-option.js';
import type { DataMetricsFn } from '../scoring/measure.js';
import { projectStory, type IterationStory, type Story } from './story.js';
import type { Slide } from '../../../shared/present/types.js';

export type { Slide } from '../../../shared/present/types.js';

/** Escaped text with `code` spans set as code (notes are often written in Markdown). */
const inline = (text: string) => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const list = (items: string[], empty: string) =>
  items.length
    ? `<ul>${items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`
    : `<p class="muted">${esc(empty)}</p>`;

function titleSlide(tr: Tr, s: Story): Slide {
  const targets = s.servingTargets.map((st) =>
    [
      st.name,
      tr.t(`servingMode.${st.mode}`),
      st.hardware.cpu,
      st.hardware.cores ? tr.t('card.cores', { n: st.hardware.cores }) : '',
      st.hardware.ramGb ? tr.t('card.ram', { n: st.hardware.ramGb }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  );
  const trend = tr.t('slides.trendLine', { list: s.trend.map((t) => t.unmetMust).join(' → ') });
  const chart = s.trend.length
    ? renderChartSvg(
        burndownChart({
          title: tr.t('chart.burndown'),
          categories: s.trend.map((t) => t.name),
          labels: axisLabels(
            s.trend.map((t) => t.name),
            s.trend.map((t) => t.iteration),
          ),
          must: s.trend.map((t) => t.unmetMust),
          should: s.trend.map(() => 0),
          legend: { must: tr.t('chart.must'), should: tr.t('chart.should') },
          locale: tr.locale,
          width: 820,
          height: 380,
          fontSize: 20,
        }),
      )
    : '';
  const standing = tr.t('board.summary', { met: s.must.met, total: s.must.total, allMet: s.all.met, all: s.all.total });
  const html = `<h1>${esc(s.project.name)}</h1>
${s.project.description ? `<p class="lead">${esc(s.project.description)}</p>` : ''}
<div class="cols"><div><h2>${esc(tr.t('slides.whereWeStand'))}</h2><p class="big">${esc(standing)}</p>
<h2>${esc(tr.t('slides.servingTargets'))}</h2>${list(targets, '—')}</div>
<div><h2>${esc(tr.t('slides.trend'))}</h2><figure class="chart" data-chart="burndown">${chart}</figure><p>${esc(trend)}</p></div></div>`;
  return {
    id: 'title',
    title: s.project.name,
    html,
    notes: tr.t('slides.noteTitle', {
      service: s.project.description || s.project.name,
      met: s.must.met,
      total: s.must.total,
      trend,
    }),
  };
}

function changesSlide(tr: Tr, it: IterationStory): Slide {
  const data = it.data.map((d) =>
    d.diff && d.parent
      ? tr.t('slides.diff', {
          ref: d.ref,
          parent: d.parent,
          added: tr.num(d.diff.added),
          relabeled: tr.num(d.diff.relabeled),
          removed: tr.num(d.diff.removed),
        })
      : tr.t('slides.firstVersion', { ref: d.ref, count: tr.num(d.count) }),
  );
  const batches = it.data
    .filter((d) => d.changed)
    .flatMap((d) =>
      d.batches.map((b) =>
        tr.t('slides.batch', {
          vendor: b.vendor,
          guide: b.guide,
          accepted: tr.num(b.accepted),
          ordered: tr.num(b.ordered),
          cost: tr.num(b.cost, b.currency),
        }),
      ),
    );
  const m = it.model;
  const model = m
    ? [
        tr.t('slides.modelFacts', {
          name: m.name,
          params: tr.num(m.params),
          size: tr.num(m.sizeMb, 'MB'),
          opset: m.opset ?? '—',
        }),
      ]
    : [];
  const prep = it.preprocessing
    ? [
        it.preprocessing.changed.length
          ? tr.t('slides.prepChanged', { fields: it.preprocessing.changed.join(', ') })
          : tr.t('slides.prepSame', { summary: it.preprocessing.summary }),
      ]
    : [];
  const targets = it.targets.map((t) =>
    tr.t('slides.targetMove', {
      id: t.requirement,
      from: tr.num(t.from, t.unit),
      to: tr.num(t.to, t.unit),
      reason: t.reason,
    }),
  );
  // A decision in a line or two; the report and the Q&A screen have the whole exchange.
  const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
  const decided = it.decisions.map((d) => `${d.id} ${clip(d.question, 90)} → ${clip(d.answer, 70)}`);
  // Where the earlier model was also run on the new data, each movement splits in two.
  const moved = (it.attribution?.entries ?? [])
    .filter((e) => e.split && e.total !== null && e.total !== 0)
    .map((e) => {
      const m = movementTexts(tr, e);
      return tr.t('slides.movedLine', { id: e.requirement, total: m.total, data: m.data, model: m.model });
    });
  const box = (key: string, items: string[], cls = '') =>
    `<div class="box ${cls}"><h2>${esc(tr.t(`slides.${key}`))}</h2>${list(items, tr.t('slides.nothing'))}</div>`;
  const when = it.status === 'open' ? tr.t('slides.open') : tr.date(it.date);
  const html = `<h1>${esc(tr.t('slides.whatChanged', { name: it.name }))} <span class="muted small">${esc(when)}</span></h1>
${it.notes ? `<p class="lead">${inline(it.notes)}</p>` : ''}
<div class="grid">${box('data', data)}${box('labeling', batches)}${box('model', model, it.modelChanged ? 'changed' : '')}${box('preprocessing', prep)}${box('targets', targets)}${box('decided', decided)}${moved.length ? box('moved', moved, 'wide') : ''}</div>`;
  const changed = [
    ...it.data.filter((d) => d.changed).map((d) => d.ref),
    ...(it.modelChanged && m ? [m.name] : []),
    ...targets,
  ];
  return {
    id: `changes-${it.id}`,
    title: tr.t('slides.whatChanged', { name: it.name }),
    html,
    notes: tr.t('slides.noteChanges', { name: it.name, list: changed.join('; ') || tr.t('slides.nothing') }),
  };
}

function smallChart(tr: Tr, story: Story, upTo: number, requirement: string): string {
  const its = story.iterations.slice(0, upTo + 1);
  const rows = its.map((i) => i.rows.find((r) => r.requirement === requirement) ?? null);
  const last = rows.findLast((r) => r !== null);
  if (!last) return '';
  const def = valueTargetChart({
    id: `slide-${requirement}`,
    title: `${requirement} ${last.title}`,
    categories: its.map((i) => i.name),
    labels: axisLabels(
      its.map((i) => i.name),
      its.map((i) => i.id),
    ),
    values: rows.map((r) => r?.value ?? null),
    targets: rows.map((r) => r?.target ?? null),
    status: rows.map((r) => r?.status ?? null),
    unit: last.unit,
    legend: { value: tr.t('chart.value'), target: tr.t('chart.target') },
    locale: tr.locale,
    width: 520,
    height: 210,
    fontSize: 17,
  });
  return `<figure class="chart" data-chart="${esc(def.id)}"><figcaption>${esc(def.title)}</figcaption>${renderChartSvg(def)}</figure>`;
}

function scorecardSlide(tr: Tr, story: Story, index: number): Slide {
  const it = story.iterations[index]!;
  const moves = new Map(it.movement.map((m) => [m.requirement, m]));
  const rows = it.rows.map((r) => {
    const m = moves.get(r.requirement);
    const arrow = m?.delta ? (m.better ? '▲' : '▼') : '';
    const flag = m?.newlyMet ? tr.t('slides.newlyMet') : m?.newlyUnmet ? tr.t('slides.newlyUnmet') : '';
    return `<tr class="row-${r.status}"><td>${statusBadge(tr, r.status)}</td><td class="id">${esc(r.requirement)}</td><td class="title">${esc(r.title)}</td><td class="num">${esc(tr.num(r.value, r.unit))}</td><td class="num muted">${esc(targetText(tr, r))}</td><td class="move ${m?.better === false ? 'worse' : 'better'}">${m?.delta ? `${arrow} ${esc(signed(tr, m.delta, r.unit))}` : ''}${flag ? ` <strong>${esc(flag)}</strong>` : ''}</td></tr>`;
  });
  // The charts go to what the room will ask about: unmet musts, then what moved the most.
  const pick = [...it.rows]
    .sort((a, b) => {
      const w = (r: typeof a) =>
        r.status === 'unmet' ? (r.priority === 'must' ? 0 : 1) : moves.get(r.requirement)?.newlyMet ? 2 : 3;
      return w(a) - w(b);
    })
    .slice(0, 3)
    .map((r) => smallChart(tr, story, index, r.requirement));
  const must = it.rows.filter((r) => r.priority === 'must');
  const summary = tr.t('board.summary', {
    met: must.filter((r) => r.status === 'met').length,
    total: must.length,
    allMet: it.rows.filter((r) => r.status === 'met').length,
    all: it.rows.length,
  });
  const html = `<h1>${esc(tr.t('slides.scorecard', { name: it.name }))}</h1><p class="big">${esc(summary)}${it.candidateRun ? ` <span class="muted small">· ${esc(tr.t('iterations.candidate', { run: it.candidateRun }))}</span>` : ''}</p>
<div class="score"><table class="fixed"><colgroup><col style="width:150px"><col style="width:80px"><col><col style="width:200px"><col style="width:215px"><col style="width:240px"></colgroup><tbody>${rows.join('')}</tbody></table><div class="charts">${pick.join('')}</div></div>`;
  const up = it.movement.filter((m) => m.better === true).length;
  const down = it.movement.filter((m) => m.better === false).length;
  const names = (f: (m: (typeof it.movement)[number]) => boolean) =>
    it.movement
      .filter(f)
      .map((m) => m.requirement)
      .join(', ') || '—';
  return {
    id: `score-${it.id}`,
    title: tr.t('slides.scorecard', { name: it.name }),
    html,
    notes: it.previous
      ? tr.t('slides.noteScore', {
          prev: story.iterations[index - 1]!.name,
          up,
          down,
          met: names((m) => m.newlyMet),
          unmet: names((m) => m.newlyUnmet),
        })
      : summary,
  };
}

function gapsSlide(tr: Tr, s: Story): Slide {
  const rows = s.gaps.map(
    (g) =>
      `<tr><td>${statusBadge(tr, g.status)}</td><td class="id">${esc(g.requirement)}</td><td class="title">${esc(g.title)}</td><td class="num">${esc(tr.num(g.value, g.unit))}</td><td class="num muted">${esc(targetText(tr, g))}</td><td>${esc(g.owner ? tr.t('slides.owner', { name: g.owner }) : tr.t('slides.noOwner'))}</td></tr>`,
  );
  const questions = s.openQuestions.map((q) => `${q.id} ${q.question}${q.askedBy ? ` (${q.askedBy})` : ''}`);
  const html = `<h1>${esc(tr.t('slides.gapsTitle'))}</h1>
${rows.length ? `<table><tbody>${rows.join('')}</tbody></table>` : `<p class="big">${esc(tr.t('slides.noGaps'))}</p>`}
<h2>${esc(tr.t('slides.openQuestions'))}</h2>${list(questions, tr.t('slides.noQuestions'))}`;
  return {
    id: 'gaps',
    title: tr.t('slides.gapsTitle'),
    html,
    notes: tr.t('slides.noteGaps', { count: s.gaps.length }),
  };
}

/**
 * Quality against speed across every run, for the people who must choose between a better and
 * a faster model; left out when no two runs carry both figures.
 */
function tradeoffSlide(tr: Tr, doc: ProjectDocument): Slide | null {
  const t = buildTradeoff(doc);
  if (t.points.length < 2) return null;
  const option = tradeoffOption(t, {
    x: t.x,
    y: t.y,
    front: tr.t('slides.tradeoffFront'),
    region: tr.t('slides.tradeoffRegion'),
    log: tr.t('slides.tradeoffLog'),
    tooltip: (p) => [p.run],
    fontSize: 24,
  });
  const svg = renderChartSvg({ id: 'tradeoff', title: tr.t('slides.tradeoffTitle'), width: 1760, height: 860, option });
  const front = t.points.filter((p) => p.front).map((p) => p.run);
  return {
    id: 'tradeoff',
    title: tr.t('slides.tradeoffTitle'),
    html: `<h1>${esc(tr.t('slides.tradeoffTitle'))}</h1>\n<figure class="chart" data-chart="tradeoff">${svg}</figure>`,
    notes: tr.t('slides.noteTradeoff', { x: t.x, y: t.y, front: front.join(', ') }),
  };
}

/**
 * Every slide of the story: the title, two per iteration (what changed, the scorecard), the
 * quality-against-speed trade-off across runs, the open gaps.
 */
export function buildSlides(tr: Tr, doc: ProjectDocument, opts: { dataMetrics?: DataMetricsFn } = {}): Slide[] {
  const story = projectStory(doc, opts);
  const tradeoff = tradeoffSlide(tr, doc);
  return [
    titleSlide(tr, story),
    ...story.iterations.flatMap((it, i) => [changesSlide(tr, it), scorecardSlide(tr, story, i)]),
    ...(tradeoff ? [tradeoff] : []),
    gapsSlide(tr, story),
  ];
}
