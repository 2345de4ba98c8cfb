/**
 * The model card of one run: what the model is for, where it must serve, every requirement
 * with its target and what was achieved (with the interval where the run recorded one),
 * per-class and per-slice results, latency with the machine it was measured on, the data it
 * was measured on with hashes, the gaps still open, and the iteration history.
 */
import { findVersion } from '../datasets/lookup.js';
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { findRun } from '../runs/records.js';
import { formatDatasetRef } from '../scoring/measure.js';
import { scoreRun } from '../scoring/score.js';
import { blocksHtml, blocksMarkdown, manifestHash, type Block } from './blocks.js';
import { documentHead } from './html-report.js';
import { defaultPaper, type Paper, type Tr } from '../../../shared/report-i18n/i18n.js';
import { gapText, runIntervals, targetText } from './sections.js';
import { reportCss } from './styles.js';

const SPEED = [
  'latency_mean_ms',
  'latency_p50_ms',
  'latency_p90_ms',
  'latency_p95_ms',
  'latency_p99_ms',
  'throughput_qps',
  'server_qps',
  'peak_memory_mb',
];

function datasetRows(tr: Tr, doc: ProjectDocument, run: Run): string[][] {
  const refs = new Map<string, { name: string; version: number }>();
  if (run.dataset) refs.set(formatDatasetRef(run.dataset), run.dataset);
  const model = doc.models.find((m) => m.id === run.model);
  if (model?.trainedOn)
    refs.set(`${model.trainedOn.dataset}@v${model.trainedOn.version}`, {
      name: model.trainedOn.dataset,
      version: model.trainedOn.version,
    });
  return [...refs].flatMap(([label, ref]) => {
    const v = doc.datasets.find((d) => d.name === ref.name)?.versions.find((x) => x.version === ref.version);
    return v ? [[label, tr.num(v.stats.count), manifestHash(v) ?? '—']] : [];
  });
}

function cardBlocks(tr: Tr, doc: ProjectDocument, runId: string): { title: string; blocks: Block[] } {
  const run = findRun(doc, runId);
  const card = scoreRun(doc, run.id);
  const intervals = runIntervals(doc);
  const model = doc.models.find((m) => m.id === run.model);
  const name = model?.name ?? run.model;
  const m = run.metrics;
  const blocks: Block[] = [];
  blocks.push(
    { h: tr.t('card.intendedUse') },
    { p: [doc.project.name, doc.project.description].filter(Boolean).join(': ') },
  );
  blocks.push({ h: tr.t('card.serving') });
  blocks.push({
    list: doc.servingTargets.length
      ? doc.servingTargets.map((st) =>
          [
            st.id,
            st.name,
            tr.t(`servingMode.${st.mode}`),
            st.hardware.cpu,
            st.hardware.cores ? tr.t('card.cores', { n: st.hardware.cores }) : '',
            st.hardware.ramGb ? tr.t('card.ram', { n: st.hardware.ramGb }) : '',
            st.hardware.gpu,
            st.runtime.threads ? tr.t('card.threads', { n: st.runtime.threads }) : '',
            st.runtime.executionProvider,
          ]
            .filter(Boolean)
            .join(' · '),
        )
      : [tr.t('card.none')],
  });
  blocks.push({ h: tr.t('card.requirements') });
  blocks.push({
    table: {
      head: ['id', 'requirement', 'metric', 'target', 'value', 'gap', 'status']
        .map((c) => tr.t(`col.${c}`))
        .concat(tr.t('card.interval')),
      num: [3, 4, 5],
      rows: card.rows.map((r) => {
        const iv = intervals(run.id, r.metric);
        return [
          r.requirement,
          r.title,
          r.metric,
          targetText(tr, r),
          tr.num(r.value, r.unit, iv),
          gapText(tr, r),
          tr.t(`status.${r.status}`),
          iv ? tr.interval(iv, r.unit) : '—',
        ];
      }),
    },
  });
  if (model) {
    blocks.push({ h: tr.t('card.modelFacts') });
    blocks.push({
      list: [
        `${model.name} · ${model.path}`,
        `sha-256 ${model.sha256}`,
        `${tr.t('card.params', { n: tr.num(model.params) })} · ${tr.num(model.size / 1e6, 'MB')} · opset ${model.opset.map((o) => `${o.domain || 'ai.onnx'} ${o.version}`).join(', ')}`,
        `${model.producer.name} ${model.producer.version}`.trim(),
      ].filter(Boolean),
    });
  }
  const classes = run.preprocessing.classes.filter((c) => `recall[${c}]` in m);
  if (classes.length) {
    blocks.push({ h: tr.t('card.perClass') });
    blocks.push({
      table: {
        head: [tr.t('card.class'), tr.t('card.precision'), tr.t('card.recall'), tr.t('card.f1')],
        num: [1, 2, 3],
        rows: classes.map((c) => [
          c,
          ...['precision', 'recall', 'f1'].map((k) => tr.num(m[`${k}[${c}]`], '', intervals(run.id, `${k}[${c}]`))),
        ]),
      },
    });
  }
  const slices = [...new Set(Object.keys(m).flatMap((k) => /^slice\[([^\]]+)\]\./.exec(k)?.[1] ?? []))];
  if (slices.length) {
    blocks.push({ h: tr.t('card.perSlice') });
    blocks.push({
      table: {
        head: [tr.t('card.slice'), tr.t('card.accuracy'), 'macro_f1', 'min_class_recall'],
        num: [1, 2, 3],
        rows: slices.map((s) => [
          s,
          ...['accuracy', 'macro_f1', 'min_class_recall'].map((k) => tr.num(m[`slice[${s}].${k}`])),
        ]),
      },
    });
  }
  const speed = SPEED.filter((k) => typeof m[k] === 'number');
  const e = run.environment;
  blocks.push({ h: tr.t('card.latency') });
  blocks.push({
    p: tr.t('card.environment', { cpu: e.cpu, cores: e.cores, threads: e.threads, os: e.os, runtime: e.runtime }),
  });
  if (speed.length)
    blocks.push({
      table: {
        head: [tr.t('col.metric'), tr.t('col.value')],
        num: [1],
        rows: speed.map((k) => [
          k,
          tr.num(m[k], /_ms$/.test(k) ? 'ms' : /qps$/.test(k) ? 'qps' : 'MB', intervals(run.id, k)),
        ]),
      },
    });
  if (run.flags.length) blocks.push({ list: run.flags.map((f) => tr.engine(f)) });
  blocks.push({ h: tr.t('card.datasets') });
  blocks.push({
    table: {
      head: [tr.t('card.dataset'), tr.t('card.samples'), tr.t('card.hash')],
      num: [1],
      rows: datasetRows(tr, doc, run),
    },
  });
  const gaps = card.rows.filter((r) => r.status !== 'met');
  blocks.push({ h: tr.t('card.gaps') });
  blocks.push({
    list: gaps.length
      ? gaps.map(
          (r) =>
            `${r.requirement} ${r.title}: ${tr.num(r.value, r.unit)} (${targetText(tr, r)}) · ${tr.t(`status.${r.status}`)}`,
        )
      : [tr.t('card.noGaps')],
  });
  blocks.push({ h: tr.t('card.history') });
  blocks.push({
    table: {
      head: [tr.t('col.iteration'), tr.t('col.date'), tr.t('col.candidate'), tr.t('col.status')],
      rows: doc.iterations.map((it) => {
        const must = it.scorecard.filter((r) => r.priority === 'must');
        return [
          `${it.id} ${it.name}`,
          tr.date(it.closedAt ?? it.startedAt),
          it.candidateRun ?? '—',
          it.status === 'closed'
            ? tr.t('board.summary', {
                met: must.filter((r) => r.status === 'met').length,
                total: must.length,
                allMet: it.scorecard.filter((r) => r.status === 'met').length,
                all: it.scorecard.length,
              })
            : tr.t('iterations.open'),
        ];
      }),
    },
  });
  const on = run.dataset ? ` · ${formatDatasetRef(run.dataset)}` : '';
  if (run.dataset) findVersion(doc, run.dataset.name, run.dataset.version);
  return { title: `${tr.t('card.modelTitle', { model: name })} (${run.id}${on}, ${tr.date(run.startedAt)})`, blocks };
}

export function modelCardHtml(tr: Tr, doc: ProjectDocument, runId: string, opts: { paper?: Paper } = {}): string {
  const { title, blocks } = cardBlocks(tr, doc, runId);
  return `${documentHead(tr, title, reportCss(opts.paper ?? defaultPaper(tr.locale)))}\n<body data-app-state="ready">\n${blocksHtml(title, blocks)}\n</body>\n</html>\n`;
}

export function modelCardMarkdown(tr: Tr, doc: ProjectDocument, runId: string): string {
  const { title, blocks } = cardBlocks(tr, doc, runId);
  return blocksMarkdown(title, blocks);
}
