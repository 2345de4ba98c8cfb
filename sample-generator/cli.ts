/**
 * `npx tsx sample-generator/cli.ts [outDir]` — regenerates the sample assets (default
 * `sample/`) and prints a summary. The only place in the generator that prints.
 */
import path from 'node:path';
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
