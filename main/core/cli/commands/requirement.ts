import { readProject, sessionOptions } from '../project-file.js';
/** `gapboard requirement add | list | set`: requirements from the command line. */
import path from 'node:path';
import { OPERATORS, PRIORITIES, type Requirement } from '../../../../shared/schema.js';
import { withProject } from '../../project/session.js';
import { withUnit } from '../../report/format.js';
import { addRequirement, updateRequirement, type RequirementPatch } from '../../requirements/requirements.js';
import { formatScope, parseScope } from '../../requirements/scope.js';
import { num, oneOf, printJson, requireStr, str, table } from '../args.js';
import { UsageError, type CommandSpec } from '../types.js';

function describe(r: Requirement): string[] {
  return [r.id, r.priority, r.metric, `${r.op} ${withUnit(r.target, r.unit)}`, formatScope(r.scope), r.title];
}

export const requirementAddCommand: CommandSpec = {
  name: 'requirement add',
  summary: 'Add a requirement (prints its new id).',
  usage:
    "gapboard requirement add <file.gapboard> --metric KEY --op '>='|'<=' --target X [--priority must|should|could] [--title T] [--unit U] [--scope DATASET@vN[:split][:slice]] [--owner NAME] [--rationale TEXT] [--serving-target ST-N] [--json]",
  options: {
    metric: { type: 'string' },
    op: { type: 'string' },
    target: { type: 'string' },
    priority: { type: 'string' },
    title: { type: 'string' },
    unit: { type: 'string' },
    scope: { type: 'string' },
    owner: { type: 'string' },
    rationale: { type: 'string' },
    'serving-target': { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const metric = requireStr(values, 'metric');
    const target = num(values, 'target');
    if (target === undefined) throw new UsageError('--target is required.');
    const op = oneOf(values, 'op', OPERATORS);
    const priority = oneOf(values, 'priority', PRIORITIES);
    const scope = str(values, 'scope');
    const req = await withProject(file, sessionOptions(io), (s) =>
      addRequirement(s, {
        metric,
        target,
        ...(op ? { op } : {}),
        ...(priority ? { priority } : {}),
        ...(str(values, 'title') !== undefined ? { title: str(values, 'title')! } : {}),
        ...(str(values, 'unit') !== undefined ? { unit: str(values, 'unit')! } : {}),
        ...(scope ? { scope: parseScope(scope) } : {}),
        ...(str(values, 'owner') !== undefined ? { owner: str(values, 'owner')! } : {}),
        ...(str(values, 'rationale') !== undefined ? { rationale: str(values, 'rationale')! } : {}),
        ...(str(values, 'serving-target') ? { servingTarget: str(values, 'serving-target')!.toUpperCase() } : {}),
      }),
    );
    if (values.json) printJson(io.out, req);
    else io.out(`${req.id}\n`);
    return 0;
  },
};

export const requirementListCommand: CommandSpec = {
  name: 'requirement list',
  summary: 'List the requirements of a project.',
  usage: 'gapboard requirement list <file.gapboard> [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const { doc } = await readProject(io, positionals[0]!);
    const reqs = doc.requirements;
    if (values.json) printJson(io.out, reqs);
    else if (reqs.length === 0) io.out('No requirements yet.\n');
    else io.out(table([['id', 'priority', 'metric', 'target', 'scope', 'title'], ...reqs.map(describe)]));
    return 0;
  },
};

export const requirementSetCommand: CommandSpec = {
  name: 'requirement set',
  summary: 'Change a requirement; target / op / priority / metric changes are kept in its history.',
  usage:
    "gapboard requirement set <file.gapboard> <ID> [--target X] [--op '>='|'<='] [--priority must|should|could] [--metric KEY] --reason TEXT [--title T] [--unit U] [--scope DATASET@vN[:split][:slice]] [--json]",
  options: {
    target: { type: 'string' },
    op: { type: 'string' },
    priority: { type: 'string' },
    metric: { type: 'string' },
    reason: { type: 'string' },
    title: { type: 'string' },
    unit: { type: 'string' },
    scope: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 2, max: 2 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const patch: RequirementPatch = {};
    const target = num(values, 'target');
    if (target !== undefined) patch.target = target;
    const op = oneOf(values, 'op', OPERATORS);
    if (op) patch.op = op;
    const priority = oneOf(values, 'priority', PRIORITIES);
    if (priority) patch.priority = priority;
    for (const key of ['metric', 'title', 'unit'] as const) {
      const v = str(values, key);
      if (v !== undefined) patch[key] = v;
    }
    const scope = str(values, 'scope');
    if (scope !== undefined) patch.scope = scope === '' ? {} : parseScope(scope);
    if (Object.keys(patch).length === 0)
      throw new UsageError('Nothing to change: give --target, --op, --priority, --metric, --title, --unit or --scope.');
    if ((patch.target !== undefined || op || priority || patch.metric) && !str(values, 'reason')) {
      throw new UsageError(
        '--reason is required when the target, operator, priority or metric changes (it is kept in the history).',
      );
    }
    const req = await withProject(file, sessionOptions(io), (s) =>
      updateRequirement(s, positionals[1]!, patch, str(values, 'reason') ?? ''),
    );
    if (values.json) printJson(io.out, req);
    else io.out(`${req.id}: ${req.metric} ${req.op} ${withUnit(req.target, req.unit)} (${req.priority})\n`);
    return 0;
  },
};
