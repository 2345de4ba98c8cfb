/** `gapboard compare`: two runs on the samples both scored, with the exact McNemar test. */
import { formatMetric } from '../../runs/run-text.js';
import { compareFair } from '../../runs/fair-compare.js';
import { findRun } from '../../runs/index.js';
import { CLASSIFICATION_KEYS } from '../../../../shared/metric-keys.js';
import { printJson, table } from '../args.js';
import { withReadProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';

/** The headline keys of the text table; `--json` holds every key. */
const TEXT_KEYS: readonly string[] = CLASSIFICATION_KEYS;

const pText = (p: number | null): string => (p === null ? '' : p < 0.0001 ? '< 0.0001' : p.toFixed(4));

export const compareCommand: CommandSpec = {
  name: 'compare',
  summary: 'Compare two runs on the samples both scored (content hash); accuracy gets an exact McNemar p-value.',
  usage: 'gapboard compare <file.gapboard> RUN-A RUN-B [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 3, max: 3 },
  async run({ values, positionals }, io) {
    const c = await withReadProject(io, positionals[0]!, ({ doc, storeDir }) =>
      compareFair(doc, storeDir, findRun(doc, positionals[1]!), findRun(doc, positionals[2]!)),
    );
    if (values.json) {
      printJson(io.out, c);
      return 0;
    }
    io.out(`${c.a} (${c.data.a}) vs ${c.b} (${c.data.b})\n`);
    if (!c.comparable) {
      io.out(`Not comparable: ${c.reason}\n`);
      return 0;
    }
    io.out(`${c.n_common} common samples (${c.a} scored ${c.n.a}, ${c.b} ${c.n.b}).\n`);
    if (c.reason) io.out(`${c.reason}\n`);
    const keys = [
      ...TEXT_KEYS.filter((k) => k in c.metrics),
      ...Object.keys(c.metrics).filter((k) => /^slice\[[^\]]+\]\.accuracy$/.test(k)),
    ];
    io.out(
      '\n' +
        table([
          ['metric', c.a, c.b, 'delta', 'p (McNemar)'],
          ...keys.map((k) => {
            const m = c.metrics[k]!;
            return [k, formatMetric(k, m.a), formatMetric(k, m.b), formatMetric(k, m.delta), pText(m.p_value)];
          }),
        ]),
    );
    io.out(`\nDiscordant pairs: only ${c.a} right ${c.discordant.a_only}, only ${c.b} right ${c.discordant.b_only}.\n`);
    return 0;
  },
};
