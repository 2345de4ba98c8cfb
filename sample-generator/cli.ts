/**
 * `npx tsx sample-generator/cli.ts [outDir]` — regenerates the sample assets (default
 * `sample/`), builds `digits.gapboard` from them through Gapboard's core, and prints a
 * summary. The only place in the generator that prints.
 */
import path from 'node:path';
import { ProjectSession } from '../main/core/project/session.js';
import { buildSampleProject } from './build-project.js';
import { generateSampleAssets } from './index.js';

const outDir = path.resolve(process.argv[2] ?? 'sample');
const started = performance.now();
const assets = await generateSampleAssets(outDir, {
  onProgress: (m) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${m}`),
});

const pct = (v: number | undefined): string => (v === undefined ? '  —  ' : v.toFixed(3));
console.log(
  `\n${outDir}: ${assets.images.count} images + ${assets.files.length} files, ${(assets.totalBytes / 1e6).toFixed(2)} MB`,
);
for (const v of assets.dataset.versions) {
  console.log(
    `digits@v${v.version}: ${v.counts.total} samples (train ${v.counts.bySplit.train}, test ${v.counts.bySplit.test}), ` +
      `min train class ${v.trainDataMetrics['data.min_class_count']}, +${v.diff.added} added, ${v.diff.relabeled} relabeled`,
  );
}
console.log('\nmodel       bytes   on    acc    min_rec  rotated blurred untagged');
for (const m of assets.models) {
  for (const e of m.evaluations) {
    const x = e.metrics;
    console.log(
      `${m.id.padEnd(9)} ${String(m.bytes).padStart(7)}  v${e.datasetVersion}  ${pct(x.accuracy)}  ${pct(x.min_class_recall)}   ` +
        `${pct(x['slice[rotated].accuracy'])}   ${pct(x['slice[blurred].accuracy'])}   ${pct(x.untagged_accuracy)}`,
    );
  }
}

const log = (m: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${m}`);
const file = await buildSampleProject(outDir, assets, { onProgress: log });
const project = await ProjectSession.open(file, { now: () => new Date().toISOString(), readOnly: true });
await project.close();
const fmt = (v: number | null): string => (v === null ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(3));
for (const it of project.doc.iterations) {
  const run = project.doc.runs.find((r) => r.id === it.candidateRun);
  console.log(
    `\n${it.id} ${it.name} (${it.closedAt?.slice(0, 10)}, ${run?.id} on ${run?.dataset?.name}@v${run?.dataset?.version})`,
  );
  for (const row of it.scorecard) {
    console.log(
      `  ${row.requirement.padEnd(4)} ${row.priority.padEnd(6)} ${row.metric.padEnd(24)} ${fmt(row.value).padStart(8)} ${row.op} ${String(row.target).padEnd(5)} ${row.status}`,
    );
  }
}
console.log(`\nwrote ${file}`);
