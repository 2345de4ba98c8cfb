/** `gapboard iteration start | close | list`: checkpoints of the loop and their frozen scorecards. */
import path from 'node:path';
import type { Iteration } from '../../../../shared/schema.js';
import { withProject } from '../../project/session.js';
import { closeIteration, startIteration } from '../../scoring/iterations.js';
import { tally } from '../../scoring/score.js';
import { datasetRef, list, printJson, requireStr, str, table } from '../args.js';
import { readProject, sessionOptions } from '../project-file.js';
import type { CommandSpec } from '../types.js';

function counts(it: Iteration): string {
  if (it.status !== 'closed') return '';
  const t = tally(it.scorecard);
  return `must ${t.must.met}/${t.must.total} · all ${t.all.met}/${t.all.total}`;
}

export const iterationStartCommand: CommandSpec = {
  name: 'iteration start',
  summary: 'Start an iteration (at most one is open at a time).',
  usage:
    'gapboard iteration start <file.gapboard> --name NAME [--notes TEXT] [--datasets NAME@vN,...] [--run ID] [--json]',
  options: {
    name: { type: 'string' },
    notes: { type: 'string' },
    datasets: { type: 'string' },
    run: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const name = requireStr(values, 'name');
    const datasets = list(values, 'datasets')?.map((d) => datasetRef(d, '--datasets'));
    const run = str(values, 'run');
    const it = await withProject(file, sessionOptions(io), (s) =>
      startIteration(s, {
        name,
        ...(str(values, 'notes') !== undefined ? { notes: str(values, 'notes')! } : {}),
        ...(datasets ? { datasets } : {}),
        ...(run ? { candidateRun: run } : {}),
      }),
    );
    if (values.json) printJson(io.out, it);
    else io.out(`Started ${it.id} "${it.name}"\n`);
    return 0;
  },
};

export const iterationCloseCommand: CommandSpec = {
  name: 'iteration close',
  summary: 'Close the open iteration (or create and close one) and freeze its scorecard.',
  usage:
    'gapboard iteration close <file.gapboard> [--name NAME] [--run ID] [--notes TEXT] [--datasets NAME@vN,...] [--json]',
  options: {
    name: { type: 'string' },
    run: { type: 'string' },
    notes: { type: 'string' },
    datasets: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const datasets = list(values, 'datasets')?.map((d) => datasetRef(d, '--datasets'));
    const name = str(values, 'name');
    const run = str(values, 'run');
    const notes = str(values, 'notes');
    const it = await withProject(file, sessionOptions(io), (s) =>
      closeIteration(s, {
        ...(name !== undefined ? { name } : {}),
        ...(run ? { run } : {}),
        ...(notes !== undefined ? { notes } : {}),
        ...(datasets ? { datasets } : {}),
      }),
    );
    if (values.json) printJson(io.out, it);
    else
      io.out(
        `Closed ${it.id} "${it.name}": ${counts(it)}${it.candidateRun ? ` (candidate ${it.candidateRun})` : ' (no run)'}\n`,
      );
    return 0;
  },
};

export const iterationListCommand: CommandSpec = {
  name: 'iteration list',
  summary: 'List iterations with their candidate run and met counts.',
  usage: 'gapboard iteration list <file.gapboard> [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const { doc } = await readProject(io, positionals[0]!);
    const its = doc.iterations;
    if (values.json) {
      printJson(
        io.out,
        its.map((it) => ({ ...it, ...(it.status === 'closed' ? tally(it.scorecard) : {}) })),
      );
    } else if (its.length === 0) {
      io.out('No iterations yet.\n');
    } else {
      io.out(
        table([
          ['id', 'name', 'status', 'closed', 'candidate', 'met'],
          ...its.map((it) => [
            it.id,
            it.name,
            it.status,
            (it.closedAt ?? '').slice(0, 10),
            it.candidateRun ?? '',
            counts(it),
          ]),
        ]),
      );
    }
    return 0;
  },
};
