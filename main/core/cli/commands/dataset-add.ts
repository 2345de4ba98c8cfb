/** `gapboard dataset add`: scan a folder, CSV or manifest and register the next version. */
import path from 'node:path';
import { sessionOptions } from '../project-file.js';
import { lowClasses, registerVersion } from '../../datasets/index.js';
import { DATASET_LAYOUTS } from '../../../../shared/schema.js';
import { GapboardError } from '../../project/errors.js';
import { withProject } from '../../project/session.js';
import { list, oneOf, printJson, requireStr, str, table } from '../args.js';
import type { CommandSpec } from '../types.js';

export const datasetAddCommand: CommandSpec = {
  name: 'dataset add',
  summary: 'Register the next version of a dataset from a folder, CSV or JSONL manifest.',
  usage:
    'gapboard dataset add <file.gapboard> --name NAME --path PATH [--layout imagefolder|csv|jsonl] [--label COLUMN] [--classes A,B,…] [--notes TEXT] [--allow-unchanged] [--json]',
  options: {
    name: { type: 'string' },
    path: { type: 'string' },
    layout: { type: 'string' },
    label: { type: 'string' },
    classes: { type: 'string' },
    notes: { type: 'string' },
    'allow-unchanged': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const name = requireStr(values, 'name');
    const source = path.resolve(io.cwd, requireStr(values, 'path'));
    const layout = oneOf(values, 'layout', DATASET_LAYOUTS);
    const labelColumn = str(values, 'label');
    const classes = list(values, 'classes');
    const notes = str(values, 'notes');
    const allowUnchanged = values['allow-unchanged'] === true;
    const { version, issues } = await withProject(file, sessionOptions(io), (session) =>
      registerVersion(
        session,
        {
          name,
          source,
          ...(layout ? { layout } : {}),
          ...(labelColumn ? { labelColumn } : {}),
          ...(classes ? { classes } : {}),
          ...(notes !== undefined ? { notes } : {}),
          ...(allowUnchanged ? { allowUnchanged } : {}),
        },
        io.stopSignal ? { signal: io.stopSignal } : {},
      ),
    ).catch((err: unknown) => {
      if (err instanceof GapboardError && err.code === 'EXISTS')
        throw new GapboardError('EXISTS', `${err.message} Add --allow-unchanged to register it anyway.`);
      throw err;
    });
    if (values.json) {
      printJson(io.out, {
        name,
        version: version.version,
        count: version.stats.count,
        classes: version.stats.classes,
        issues,
      });
      return 0;
    }
    const parent = version.parent !== undefined ? ` (parent v${version.parent})` : '';
    io.out(
      `Registered ${name}@v${version.version}${parent}: ${version.stats.count} samples, ${version.classes.length} classes.\n`,
    );
    io.out(table([['class', 'count'], ...Object.entries(version.stats.classes).map(([c, n]) => [c, String(n)])]));
    if (issues.length) {
      io.out(`\nLeft out ${issues.length} file(s):\n`);
      io.out(table(issues.map((i) => [i.path, i.reason])));
    }
    for (const low of lowClasses(version.stats)) {
      io.out(`Warning: class "${low.class}" has ${low.count} samples, under half the median (${low.median}).\n`);
    }
    return 0;
  },
};
