/** `gapboard requirement evidence | judge`: manual requirements from the command line. */
import path from 'node:path';
import { withProject } from '../../project/session.js';
import { addEvidence, judgeRequirement, type EvidenceInput } from '../../requirements/manual.js';
import { oneOf, requireStr, str } from '../args.js';
import { UsageError, type CommandSpec } from '../types.js';

export const requirementEvidenceCommand: CommandSpec = {
  name: 'requirement evidence',
  summary: 'Attach evidence to a manual requirement: a file (copied into evidence/), a note, or a Q&A link.',
  usage:
    'gapboard requirement evidence <file.gapboard> <R-N> (--file PATH [--caption TEXT] | --note TEXT | --qa Q-N) [--by NAME]',
  options: {
    file: { type: 'string' },
    caption: { type: 'string' },
    note: { type: 'string' },
    qa: { type: 'string' },
    by: { type: 'string' },
  },
  positionals: { min: 2, max: 2 },
  async run({ values, positionals }, io) {
    const given = (['file', 'note', 'qa'] as const).filter((k) => str(values, k) !== undefined);
    if (given.length !== 1) throw new UsageError('Give exactly one of --file, --note or --qa.');
    const by = str(values, 'by');
    const extra = by ? { by } : {};
    const kind = given[0]!;
    // A relative --file is where the user typed it from, not the project's folder.
    const input: EvidenceInput =
      kind === 'file'
        ? {
            kind,
            path: path.resolve(io.cwd, str(values, 'file')!),
            ...(str(values, 'caption') ? { text: str(values, 'caption') } : {}),
            ...extra,
          }
        : kind === 'note'
          ? { kind, text: str(values, 'note')!, ...extra }
          : { kind, qa: str(values, 'qa')!, ...extra };
    const file = path.resolve(io.cwd, positionals[0]!);
    const item = await withProject(file, { now: io.now }, (session) => addEvidence(session, positionals[1]!, input));
    io.out(`Attached ${item.kind}${item.file ? ` ${item.file}` : ''} to ${positionals[1]!.toUpperCase()}\n`);
    return 0;
  },
};

export const requirementJudgeCommand: CommandSpec = {
  name: 'requirement judge',
  summary: 'Judge a manual requirement met or not met (a team member, a reason; counts for the latest iteration).',
  usage: 'gapboard requirement judge <file.gapboard> <R-N> --verdict met|unmet --by NAME --reason TEXT',
  options: { verdict: { type: 'string' }, by: { type: 'string' }, reason: { type: 'string' } },
  positionals: { min: 2, max: 2 },
  async run({ values, positionals }, io) {
    const verdict = oneOf(values, 'verdict', ['met', 'unmet'] as const);
    if (!verdict) throw new UsageError('--verdict is required (met or unmet).');
    const input = { verdict, by: requireStr(values, 'by'), reason: requireStr(values, 'reason') };
    const file = path.resolve(io.cwd, positionals[0]!);
    await withProject(file, { now: io.now }, (session) => judgeRequirement(session, positionals[1]!, input));
    io.out(`${positionals[1]!.toUpperCase()} judged ${verdict === 'met' ? 'met' : 'not met'} by ${input.by}\n`);
    return 0;
  },
};
