/** `gapboard capacity`: machines needed for a QPS target, from a run's measured server QPS. */
import { fmt } from '../../report/format.js';
import { CAPACITY_ASSUMPTION, planCapacity, type CapacityLine } from '../../runs/capacity.js';
import { findRun } from '../../runs/index.js';
import { mismatchSentence } from '../../../../shared/serving-mismatch.js';
import { num, printJson, requireStr, table } from '../args.js';
import { readProject } from '../project-file.js';
import { UsageError, type CommandSpec } from '../types.js';

const machinesText = (l: CapacityLine) => (l.machines === null ? '—' : String(l.machines));

export const capacityCommand: CommandSpec = {
  name: 'capacity',
  summary: 'Machines needed to serve each throughput requirement (or --qps), from a run’s server QPS.',
  usage: 'gapboard capacity <file.gapboard> --run RUN-ID [--qps N] [--json]',
  options: { run: { type: 'string' }, qps: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const qps = num(values, 'qps');
    if (qps !== undefined && !(qps > 0)) throw new UsageError(`--qps must be above 0, got ${qps}.`);
    const { doc } = await readProject(io, positionals[0]!);
    const run = findRun(doc, requireStr(values, 'run'));
    const plans = planCapacity(doc, run, qps);
    if (values.json) {
      printJson(io.out, {
        run: run.id,
        formula: 'machines = ceil(target QPS / server QPS)',
        assumption: CAPACITY_ASSUMPTION,
        plans,
      });
      return 0;
    }
    if (plans.length === 0) {
      io.err(
        'No throughput requirement (a throughput_qps or server_qps requirement with >=) in this project; pass --qps N to plan for a rate.\n',
      );
      return 1;
    }
    const out: string[] = [];
    for (const p of plans) {
      const l = p.line;
      const what = p.requirement
        ? `${p.requirement.id} ${p.requirement.title || p.requirement.metric}`
        : 'the given rate';
      out.push(
        `${what}: ${fmt(p.targetQps)} QPS${p.servingTarget ? ` on ${p.servingTarget.id} (${p.servingTarget.name})` : ''}`,
        `  ${l.run} ${l.modelName}: server QPS ${fmt(l.serverQps)}${l.latencyBoundMs ? ` with p95 ≤ ${fmt(l.latencyBoundMs)} ms` : ''}`,
        `  machines = ⌈target QPS / server QPS⌉ ${l.machines === null ? `: ${l.formula}` : `= ${l.formula}`}`,
        ...l.mismatch.map((m) => `  ⚠ ${mismatchSentence(m)}: the count holds for machines like the measured one.`),
        '',
        table([
          ['model', 'run', 'server QPS', 'machines'],
          ...p.candidates.map((c) => [c.modelName, c.run, fmt(c.serverQps), machinesText(c)]),
        ]),
      );
    }
    out.push(`Assumption: ${CAPACITY_ASSUMPTION}`);
    io.out(out.join('\n') + '\n');
    return 0;
  },
};
