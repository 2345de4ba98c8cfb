/**
 * `gapboard verify`: re-hash dataset files and report drift since registration. Without
 * `--dataset` it checks the latest version of every dataset (older versions of a folder that
 * has since grown are expected to differ). Exit 0 when all match, 1 on any drift.
 */
import path from 'node:path';
import { sessionOptions } from '../project-file.js';
import { findDataset, latestVersion, verifyVersion, type VerifyResult } from '../../datasets/index.js';
import { ProjectSession } from '../../project/session.js';
import { datasetRef, printJson, str, table } from '../args.js';
import type { CommandSpec } from '../types.js';

export const verifyCommand: CommandSpec = {
  name: 'verify',
  summary: 'Re-hash dataset files; exit 1 when any is missing, changed or unexpected.',
  usage: 'gapboard verify <file.gapboard> [--dataset NAME@vN] [--json]',
  options: { dataset: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const session = await ProjectSession.open(path.resolve(io.cwd, positionals[0]!), sessionOptions(io, true));
    try {
      const ref = str(values, 'dataset');
      const targets = ref
        ? [datasetRef(ref)]
        : session.doc.datasets
            .filter((d) => d.versions.length)
            .map((d) => ({ name: d.name, version: latestVersion(d) }));
      if (ref) findDataset(session.doc, targets[0]!.name);
      const run = io.stopSignal ? { signal: io.stopSignal } : {};
      const results: VerifyResult[] = [];
      for (const t of targets) results.push(await verifyVersion(session, t.name, t.version, run));
      const ok = results.every((r) => r.ok);
      if (values.json) {
        printJson(io.out, { ok, results });
      } else {
        if (results.length === 0) io.out('No dataset versions to verify.\n');
        for (const r of results) {
          const drift = r.missing.length + r.changed.length + r.unexpected.length;
          io.out(`${r.name}@v${r.version}: ${r.checked} files checked, ${drift ? `${drift} drifted` : 'all match'}.\n`);
          const rows = [
            ...r.missing.map((p) => ['missing', p, '']),
            ...r.changed.map((c) => ['changed', c.path, c.reason ?? `sha256 now ${c.actual}`]),
            ...r.unexpected.map((p) => ['unexpected', p, '']),
          ];
          if (rows.length) io.out(table(rows));
        }
      }
      return ok ? 0 : 1;
    } finally {
      await session.close();
    }
  },
};
