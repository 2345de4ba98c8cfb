/**
 * The datasheet of one dataset version, after "Datasheets for Datasets": its composition
 * (classes, splits, slices), how it was collected and labeled (vendor, work guide, unit price,
 * quantities, acceptance, the Q&A with the vendor), what it cost, and what changed from the
 * previous version.
 */
import { batchTotals } from '../datasets/batches.js';
import { findVersion } from '../datasets/lookup.js';
import { GapboardError } from '../project/errors.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { blocksHtml, blocksMarkdown, manifestHash, type Block } from './blocks.js';
import { documentHead } from './html-report.js';
import { defaultPaper, type Paper, type Tr } from '../../../shared/report-i18n/i18n.js';
import { reportCss } from './styles.js';

/** `digits@v3` → name and version; BAD_ARGUMENT names the expected form. */
export function parseVersionRef(ref: string): { name: string; version: number } {
  const m = /^(.+)@v?(\d+)$/.exec(ref.trim());
  if (!m) throw new GapboardError('BAD_ARGUMENT', `"${ref}" is not a dataset version: write NAME@vN, e.g. digits@v3.`);
  return { name: m[1]!, version: Number(m[2]) };
}

const counts = (tr: Tr, map: Record<string, number>) => Object.entries(map).map(([k, n]) => [k, tr.num(n)]);

function sheetBlocks(tr: Tr, doc: ProjectDocument, ref: string): { title: string; blocks: Block[] } {
  const { name, version } = parseVersionRef(ref);
  const v = findVersion(doc, name, version);
  const ds = doc.datasets.find((d) => d.name === name)!;
  const label = `${name}@v${version}`;
  const blocks: Block[] = [];
  blocks.push({ h: tr.t('card.composition') });
  blocks.push({
    p: [
      ds.description,
      `${tr.num(v.stats.count)} ${tr.t('card.samples')}`,
      `${tr.t('card.hash')}: ${manifestHash(v) ?? '—'}`,
    ]
      .filter(Boolean)
      .join(' · '),
  });
  blocks.push({
    table: { head: [tr.t('card.classes'), tr.t('card.samples')], num: [1], rows: counts(tr, v.stats.classes) },
  });
  if (Object.keys(v.stats.splits).length)
    blocks.push({
      table: { head: [tr.t('card.splits'), tr.t('card.samples')], num: [1], rows: counts(tr, v.stats.splits) },
    });
  if (Object.keys(v.stats.slices).length)
    blocks.push({
      table: { head: [tr.t('card.slices'), tr.t('card.samples')], num: [1], rows: counts(tr, v.stats.slices) },
    });
  blocks.push({ h: tr.t('card.collection') });
  if (v.batches.length) {
    blocks.push({
      table: {
        head: [
          'id',
          tr.t('card.vendor'),
          tr.t('card.guide'),
          tr.t('card.unitPrice'),
          tr.t('card.ordered'),
          tr.t('card.delivered'),
          tr.t('card.accepted'),
          tr.t('card.acceptanceRate'),
        ],
        num: [3, 4, 5, 6, 7],
        rows: v.batches.map((b) => [
          b.id,
          b.vendor,
          `${b.guide.file} v${b.guide.version}`,
          tr.num(b.unitPrice, b.currency),
          tr.num(b.ordered),
          tr.num(b.delivered),
          tr.num(b.accepted),
          b.delivered ? `${tr.num((100 * b.accepted) / b.delivered)}%` : '—',
        ]),
      },
    });
  } else blocks.push({ p: tr.t('card.noBatches') });
  const qa = [
    ...v.batches.flatMap((b) =>
      b.qa.map((q) => `${b.id}: ${q.question} → ${q.answer || '…'} (${tr.t(`qa.status.${q.status}`)})`),
    ),
    ...doc.decisions
      .filter((d) => d.datasets.some((x) => x.name === name && x.version === version))
      .map((d) => `${d.id}: ${d.question} → ${d.answer || '…'}${d.changed ? ` — ${d.changed}` : ''}`),
  ];
  if (qa.length) blocks.push({ h: tr.t('card.qaDecisions') }, { list: qa });
  const totals = batchTotals(v.batches);
  blocks.push({ h: tr.t('card.cost') });
  blocks.push({
    list: Object.keys(totals.cost).length
      ? Object.entries(totals.cost).map(([cur, c]) => tr.t('card.totalCost', { cost: tr.num(c, cur) }))
      : [tr.t('card.noBatches')],
  });
  blocks.push({ h: tr.t('card.changes') });
  const parent = v.parent !== undefined ? ds.versions.find((x) => x.version === v.parent) : undefined;
  if (!parent) blocks.push({ p: tr.t('card.noParent') });
  else {
    const d = v.parentDiff ?? null;
    blocks.push({
      p: d
        ? tr.t('slides.diff', {
            ref: label,
            parent: `${name}@v${parent.version}`,
            added: tr.num(d.added),
            relabeled: tr.num(d.relabeled),
            removed: tr.num(d.removed),
          })
        : `${name}@v${parent.version} → ${label}: ${tr.num(parent.stats.count)} → ${tr.num(v.stats.count)} ${tr.t('card.samples')}`,
    });
  }
  if (v.notes) blocks.push({ h: tr.t('card.notes') }, { p: v.notes });
  return { title: `${tr.t('card.datasheetTitle', { ref: label })} (${tr.date(v.createdAt)})`, blocks };
}

export function datasheetHtml(tr: Tr, doc: ProjectDocument, ref: string, opts: { paper?: Paper } = {}): string {
  const { title, blocks } = sheetBlocks(tr, doc, ref);
  return `${documentHead(tr, title, reportCss(opts.paper ?? defaultPaper(tr.locale)))}\n<body data-app-state="ready">\n${blocksHtml(title, blocks)}\n</body>\n</html>\n`;
}

export function datasheetMarkdown(tr: Tr, doc: ProjectDocument, ref: string): string {
  const { title, blocks } = sheetBlocks(tr, doc, ref);
  return blocksMarkdown(title, blocks);
}
