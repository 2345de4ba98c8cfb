/** `gapboard candidate`: the run the board scores, chosen explicitly. */
import path from 'node:path';
import { withProject } from '../../project/session.js';
import { candidateInfo, setCandidate } from '../../scoring/candidate.js';
import { printJson } from '../args.js';
import { readProject } from '../project-file.js';
import { UsageError, type CommandSpec } from '../types.js';
import type { CandidateInfo } from '../../scoring/candidate.js';

function describe(c: CandidateInfo): string {
  if (!c.run) return 'No finished run yet; the board has nothing to score.\n';
  const head =
    c.source === 'candidate'
      ? `Candidate: ${c.run}${c.chosenAt ? ` (chosen ${c.chosenAt.slice(0, 10)})` : ''}`
      : `No candidate chosen; the board scores the latest finished run, ${c.run}`;
  return `${head}\n${c.newer.length ? `Newer runs: ${c.newer.join(', ')}\n` : ''}`;
}

export const candidateCommand: CommandSpec = {
  name: 'candidate',
  summary: 'Print the candidate run the board scores, or choose one (a new run never replaces it).',
  usage: 'gapboard candidate <file.gapboard> [RUN-ID | --clear] [--json]',
  options: { clear: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 2 },
  async run({ values, positionals }, io) {
    const runArg = positionals[1];
    if (runArg !== undefined && values.clear) throw new UsageError('Give a run id or --clear, not both.');
    let info: CandidateInfo;
    if (runArg === undefined && !values.clear) info = candidateInfo((await readProject(io, positionals[0]!)).doc);
    else {
      const file = path.resolve(io.cwd, positionals[0]!);
      info = await withProject(file, { now: io.now }, (s) => {
        setCandidate(s, values.clear ? null : runArg!);
        return candidateInfo(s.doc);
      });
    }
    if (values.json) printJson(io.out, info);
    else io.out(describe(info));
    return 0;
  },
};
