/**
 * `gapboard attribution`: what moved each requirement between two iterations, and with `--run`
 * the split of each movement into a data effect and a model effect (one extra evaluation of
 * the earlier candidate's model on the later data, recorded in the project).
 */
import path from 'node:path';
import { attribute, type Attribution } from '../../present/attribution.js';
import { attributeWithBridge } from '../../present/bridge-run.js';
import { ProjectSession } from '../../project/session.js';
import { changeText, movementTexts } from '../../../../shared/present/attribution-text.js';
import { translator } from '../../../../shared/report-i18n/i18n.js';
import { printJson, table } from '../args.js';
import { readProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';

function text(a: Attribution): string {
  const tr = translator('en');
  const lines = [`${a.from} (${a.fromRun ?? 'no run'}) → ${a.to} (${a.toRun ?? 'no run'})\n`];
  lines.push(`changed: ${a.changes.map((c) => changeText(tr, c)).join('; ') || 'nothing recorded'}\n\n`);
  const rows = a.entries.map((e) => {
    const m = movementTexts(tr, e);
    return [e.requirement, e.metric, tr.num(e.from, e.unit), tr.num(e.to, e.unit), m.total, m.data, m.model];
  });
  lines.push(table([['id', 'metric', 'before', 'after', 'total', 'data effect', 'model effect'], ...rows]));
  const bridge = a.entries.find((e) => e.split)?.split;
  if (bridge) lines.push(`\nsplit measured with ${bridge.bridgeRun}: the earlier model on the later data\n`);
  else if (a.bridgeNeeded)
    lines.push(`\nadd --run to split each movement into data and model effects (one extra evaluation)\n`);
  return lines.join('');
}

export const attributionCommand: CommandSpec = {
  name: 'attribution',
  summary: 'What moved each requirement between two iterations; --run splits it into data and model effects.',
  usage: 'gapboard attribution <file.gapboard> IT-A IT-B [--run] [--json]',
  options: { run: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 3, max: 3 },
  async run({ values, positionals }, io) {
    const [fileArg, from, to] = positionals as [string, string, string];
    let result: Attribution;
    if (values.run) {
      const session = await ProjectSession.open(path.resolve(io.cwd, fileArg), { now: io.now });
      try {
        const { attribution, evaluated } = await attributeWithBridge(session, from, to, {
          ...(io.stopSignal ? { signal: io.stopSignal } : {}),
        });
        if (evaluated) await session.save();
        result = attribution;
      } finally {
        await session.close();
      }
    } else {
      const { doc } = await readProject(io, fileArg);
      result = attribute(doc, from, to);
    }
    if (values.json) printJson(io.out, result);
    else io.out(text(result));
    return 0;
  },
};
