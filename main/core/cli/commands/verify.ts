/**
 * `gapboard verify`: re-hash dataset files and report drift since registration. Without
 * `--dataset` it checks the latest version of every dataset (older versions of a folder that
 * has since grown are expected to differ). It also checks every file of the project's store
 * (present, and still hashing to its name). Exit 0 when all match, 1 on any drift.
 */
import path from 'node:path';
import { sessionOptions } from '../project-file.js';
import { findDataset, latestVersion, verifyVersion, type VerifyResult } from '../../datasets/index.js';
import { ProjectSession } from '../../project/session.js';
import { datasetRef, printJson, str, table } from '../args.js';
import type { CommandSpec } from '../types.js';
import { checkStore } from '../../store/check.js';
import { versionUse } from '../../store/sample-data.js';

export const verifyCommand: CommandSpec = {
  name: 'verify',
  summary: "Re-hash dataset files and the project's store; exit 1 when any is missing, changed or unexpected.",
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
      const store = await checkStore(session.doc, session.storeDir);
      const broken = new Set(store.problems.map((p) => p.what));
      const results: VerifyResult[] = [];
      for (const t of targets) {
        // A version whose manifest is missing or altered is reported under the store.
        if (broken.has(versionUse(t.name, t.version).what)) continue;
        results.push(await verifyVersion(session, t.name, t.version, run));
      }
      const ok = results.every((r) => r.ok) && store.problems.length === 0;
      if (values.json) {
        printJson(io.out, { ok, results, store });
      } else {
        const bad = store.problems.length;
        io.out(
          `${path.basename(session.storeDir)}: ${store.checked} files checked, ${bad ? `${bad} broken` : 'all match'}.\n`,
        );
        if (bad)
          io.out(table(store.problems.map((p) => [p.state, p.file, `${p.what}; restore the folder or ${p.redo}`])));
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
