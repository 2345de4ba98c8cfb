import { printJson, table } from '../args.js';
import { readProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';
import { projectCounts } from '../../project/summary.js';

export const infoCommand: CommandSpec = {
  name: 'info',
  summary: 'Show what a project holds (counts and schema version).',
  usage: 'gapboard info <file.gapboard> [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const { file, doc } = await readProject(io, positionals[0]!);
    const info = { file, name: doc.project.name, ...projectCounts(doc) };
    if (values.json) {
      printJson(io.out, info);
    } else {
      io.out(
        table([
          ['project', info.name],
          ['schema version', String(info.schemaVersion)],
          ['requirements', String(info.requirements)],
          ['datasets', String(info.datasets)],
          ['dataset versions', String(info.datasetVersions)],
          ['models', String(info.models)],
          ['runs', String(info.runs)],
          ['iterations', String(info.iterations)],
        ]),
      );
    }
    return 0;
  },
};
