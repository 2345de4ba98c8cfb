/**
 * `gapboard dataset add | list | diff`. (list and diff live here until they earn files of
 * their own; each is a few lines over the dataset core.)
 */
import path from 'node:path';
import { diffVersions, listDatasets, lowClasses, registerVersion } from '../../datasets/index.js';
import { DATASET_LAYOUTS } from '../../project/schema.js';
import { ProjectSession, withProject } from '../../project/session.js';
import { datasetRef, list, oneOf, printJson, requireStr, str, table } from '../args.js';
import { UsageError, type CommandSpec } from '../types.js';

export const datasetAddCommand: CommandSpec = {
  name: 'dataset add',
  summary: 'Register the next version of a dataset from a folder, CSV or JSONL manifest.',
  usage:
    'gapboard dataset add <file.gapboard> --name NAME --path PATH [--layout imagefolder|csv|jsonl] [--label COLUMN] [--classes A,B,…] [--notes TEXT] [--json]',
  options: {
    name: { type: 'string' },
    path: { type: 'string' },
    layout: { type: 'string' },
    label: { type: 'string' },
    classes: { type: 'string' },
    notes: { type: 'string' },
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
    const { version, issues } = await withProject(file, { now: io.now }, (session) =>
      registerVersion(
        session,
        {
          name,
          source,
          ...(layout ? { layout } : {}),
          ...(labelColumn ? { labelColumn } : {}),
          ...(classes ? { classes } : {}),
          ...(notes !== undefined ? { notes } : {}),
        },
        io.stopSignal ? { signal: io.stopSignal } : {},
      ),
    );
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

export const datasetListCommand: CommandSpec = {
  name: 'dataset list',
  summary: 'List datasets and their versions.',
  usage: 'gapboard dataset list <file.gapboard> [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const session = await ProjectSession.open(path.resolve(io.cwd, positionals[0]!), { now: io.now, readOnly: true });
    await session.close();
    const datasets = listDatasets(session.doc);
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

export const datasetDiffCommand: CommandSpec = {
  name: 'dataset diff',
  summary: 'Show what changed between two versions of a dataset (or a version and its parent).',
  usage: 'gapboard dataset diff <file.gapboard> [NAME@vA] NAME@vB [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 2, max: 3 },
  async run({ values, positionals }, io) {
    const session = await ProjectSession.open(path.resolve(io.cwd, positionals[0]!), { now: io.now, readOnly: true });
    await session.close();
    const refs = positionals.slice(1).map((p) => datasetRef(p, 'a version'));
    const to = refs.at(-1)!;
    const from = refs.length === 2 ? refs[0]! : undefined;
    if (from && from.name !== to.name) throw new UsageError('Both versions must be of the same dataset.');
    const diff = diffVersions(session.doc, to.name, to.version, from?.version);
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
