/** `gapboard dataset diff`: what changed between two versions (or a version and its parent). */
import { diffVersions } from '../../datasets/index.js';
import { datasetRef, printJson, table } from '../args.js';
import { withReadProject } from '../project-file.js';
import { UsageError, type CommandSpec } from '../types.js';

export const datasetDiffCommand: CommandSpec = {
  name: 'dataset diff',
  summary: 'Show what changed between two versions of a dataset (or a version and its parent).',
  usage: 'gapboard dataset diff <file.gapboard> [NAME@vA] NAME@vB [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 2, max: 3 },
  async run({ values, positionals }, io) {
    const refs = positionals.slice(1).map((p) => datasetRef(p, 'a version'));
    const to = refs.at(-1)!;
    const from = refs.length === 2 ? refs[0]! : undefined;
    if (from && from.name !== to.name) throw new UsageError('Both versions must be of the same dataset.');
    const diff = await withReadProject(io, positionals[0]!, ({ doc, storeDir }) =>
      diffVersions(doc, storeDir, to.name, to.version, from?.version),
    );
    if (values.json) {
      printJson(io.out, diff);
      return 0;
    }
    const c = diff.counts;
    io.out(
      `${diff.name} v${diff.from} → v${diff.to}: ${c.added} added, ${c.removed} removed, ${c.relabeled} relabeled, ${c.modified} modified, ${c.moved} moved, ${c.unchanged} unchanged.\n`,
    );
    const rows: string[][] = [
      ...diff.added.map((s) => ['+', s.path, s.label]),
      ...diff.removed.map((s) => ['-', s.path, s.label]),
      ...diff.relabeled.map((r) => ['~', r.fromPath ? `${r.fromPath} → ${r.path}` : r.path, `${r.from} → ${r.to}`]),
      ...diff.modified.map((m) => [
        'M',
        m.path,
        m.fromLabel === m.toLabel ? m.toLabel : `${m.fromLabel} → ${m.toLabel}`,
      ]),
      ...diff.moved.map((m) => ['>', `${m.fromPath} → ${m.path}`, m.label]),
    ];
    if (rows.length) io.out(table(rows));
    return 0;
  },
};
