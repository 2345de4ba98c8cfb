/** `gapboard tradeoff`: every run on two metric keys, the Pareto front and the feasible box. */
import { fmt } from '../../report/format.js';
import { mismatchSentence } from '../../../../shared/serving-mismatch.js';
import { buildTradeoff, DEFAULT_TRADEOFF, type Bounds } from '../../runs/tradeoff.js';
import { printJson, str, table } from '../args.js';
import { readProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';

const boundText = (key: string, b: Bounds) =>
  b.min === null && b.max === null
    ? `${key}: no must requirement`
    : `${key}: ${[b.min !== null ? `≥ ${fmt(b.min)}` : '', b.max !== null ? `≤ ${fmt(b.max)}` : ''].filter(Boolean).join(' and ')} (${b.requirements.join(', ')})`;

export const tradeoffCommand: CommandSpec = {
  name: 'tradeoff',
  summary: 'Every finished run on a quality key × a speed key: Pareto front and the must-requirement box.',
  usage: `gapboard tradeoff <file.gapboard> [--x KEY (default ${DEFAULT_TRADEOFF.x})] [--y KEY (default ${DEFAULT_TRADEOFF.y})] [--json]`,
  options: { x: { type: 'string' }, y: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const { doc } = await readProject(io, positionals[0]!);
    const t = buildTradeoff(doc, str(values, 'x'), str(values, 'y'));
    if (values.json) {
      const { keys: _keys, ...rest } = t;
      printJson(io.out, rest);
      return 0;
    }
    const inBox = (v: number, b: Bounds) => (b.min === null || v >= b.min) && (b.max === null || v <= b.max);
    io.out(
      table([
        ['run', 'model', t.x, t.y, 'size KiB', 'front', 'meets box', 'measured on'],
        ...t.points.map((p) => [
          p.run,
          p.modelName,
          fmt(p.x),
          fmt(p.y),
          (p.sizeBytes / 1024).toFixed(1),
          p.front ? 'yes' : '',
          inBox(p.x, t.region.x) && inBox(p.y, t.region.y) ? 'yes' : 'no',
          p.mismatch.length ? p.mismatch.map(mismatchSentence).join('; ') : '',
        ]),
      ]) +
        `\nMust requirements: ${boundText(t.x, t.region.x)}; ${boundText(t.y, t.region.y)}\n` +
        (t.missing.length ? `Left out: ${t.missing.map((m) => `${m.run} (no ${m.key})`).join(', ')}\n` : ''),
    );
    return 0;
  },
};
