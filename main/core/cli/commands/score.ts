/**
 * `gapboard score`: a run's scorecard, and a CI gate that fails closed: exit 1 when a must
 * requirement is unmet or untested (a requirement nobody measured is no evidence it is met).
 */
import { withUnit } from '../../report/format.js';
import { formatScope } from '../../requirements/scope.js';
import { scoreRun, type Tally } from '../../scoring/score.js';
import { printJson, str, table } from '../args.js';
import { readProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';

/** "must 2 met · 1 not met · 3 untested · 1 within noise": untested never folded into the others. */
export function headline(t: Tally): string {
  const c = t.counts;
  return `must ${c.met} met · ${c.unmet} not met · ${c.untested} untested · ${c.withinNoise} within noise`;
}

/** `accuracy @ digits::rotated` — the scope tells two rows on the same key apart. */
function withScope(metric: string, scope: string | undefined): string {
  return scope ? `${metric} @ ${scope}` : metric;
}

export const scoreCommand: CommandSpec = {
  name: 'score',
  summary:
    'Score the candidate run (or --run) against the requirements; exits 1 when a must requirement is unmet or untested.',
  usage: 'gapboard score <file.gapboard> [--run ID] [--allow-untested] [--json]',
  options: {
    run: { type: 'string' },
    json: { type: 'boolean' },
    'allow-untested': { type: 'boolean' },
    // Kept so scripts written when untested musts passed by default still run; it is the default now.
    strict: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const { doc } = await readProject(io, positionals[0]!);
    const card = scoreRun(doc, str(values, 'run'));
    const scopes = new Map(doc.requirements.map((r) => [r.id, formatScope(r.scope)]));
    const unmetMust = card.rows.filter((r) => r.priority === 'must' && r.status === 'unmet');
    const untestedMust = card.rows.filter((r) => r.priority === 'must' && r.status === 'untested');
    if (values.json) {
      printJson(io.out, {
        run: card.run,
        requirements: card.rows.map((r) => ({
          id: r.requirement,
          title: r.title,
          metric: r.metric,
          op: r.op,
          target: r.target,
          value: r.value,
          gap: r.gap,
          status: r.status,
          priority: r.priority,
          relGap: r.relGap,
          unit: r.unit,
          interval: r.interval ?? null,
          withinNoise: r.withinNoise ?? false,
          evidence: r.evidence,
        })),
        must: card.must,
        all: card.all,
      });
    } else {
      io.out(
        `${card.run ? `Run ${card.run}` : 'No finished run'} · ${headline(card.must)} · all ${card.all.met}/${card.all.total} met\n\n`,
      );
      if (card.rows.length === 0) io.out('No requirements yet.\n');
      else
        io.out(
          table([
            ['id', 'priority', 'metric', 'value', '95% interval', 'target', 'gap', 'status', 'evidence'],
            ...card.rows.map((r) => [
              r.requirement,
              r.priority,
              withScope(r.metric, scopes.get(r.requirement)),
              withUnit(r.value, r.unit),
              r.interval ? `${withUnit(r.interval[0], r.unit)} – ${withUnit(r.interval[1], r.unit)}` : '',
              `${r.op} ${withUnit(r.target, r.unit)}`,
              withUnit(r.gap, r.unit),
              r.withinNoise ? `${r.status} (within noise)` : r.status,
              r.evidence,
            ]),
          ]),
        );
    }
    // The gate's verdict goes to stderr so `--json` output stays parseable.
    if (unmetMust.length) io.err(`Unmet must requirements: ${unmetMust.map((r) => r.requirement).join(', ')}\n`);
    const allowUntested = Boolean(values['allow-untested']);
    if (untestedMust.length)
      io.err(
        `Untested must requirements${allowUntested ? ' (allowed by --allow-untested)' : ''}: ${untestedMust.map((r) => r.requirement).join(', ')}\n`,
      );
    return unmetMust.length > 0 || (!allowUntested && untestedMust.length > 0) ? 1 : 0;
  },
};
