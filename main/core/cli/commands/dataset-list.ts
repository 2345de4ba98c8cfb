/** `gapboard dataset list`: every dataset and a line per version. */
import { listDatasets } from '../../datasets/index.js';
import { printJson, table } from '../args.js';
import { readProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';

export const datasetListCommand: CommandSpec = {
  name: 'dataset list',
  summary: 'List datasets and their versions.',
  usage: 'gapboard dataset list <file.gapboard> [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const { doc } = await readProject(io, positionals[0]!);
    const datasets = listDatasets(doc);
    if (values.json) {
      printJson(io.out, datasets);
      return 0;
    }
    const rows = [['dataset', 'version', 'parent', 'samples', 'classes', 'batches', 'created']];
    for (const ds of datasets) {
      for (const v of ds.versions) {
        const cls = Object.keys(v.classes).length;
        rows.push([
          ds.name,
          `v${v.version}`,
          v.parent ? `v${v.parent}` : '-',
          String(v.count),
          String(cls),
          String(v.batches),
          v.createdAt,
        ]);
      }
    }
    io.out(rows.length > 1 ? table(rows) : 'No datasets yet.\n');
    return 0;
  },
};
