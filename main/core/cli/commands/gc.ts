/**
 * `gapboard gc`: lists the store files the project no longer links, and the temp files of
 * interrupted writes, with their sizes; `--delete` removes them. Deleting takes the project's
 * lock, so it refuses while the project is open elsewhere (an open app may be about to link
 * a table it just wrote, or hold an undo step that links an old one).
 */
import path from 'node:path';
import { GapboardError } from '../../project/errors.js';
import { ProjectSession } from '../../project/session.js';
import { deleteStoreGarbage, findStoreGarbage, type StoreGarbage } from '../../store/gc.js';
import { printJson, table } from '../args.js';
import { bytesText } from '../bytes-text.js';
import { sessionOptions } from '../project-file.js';
import type { CliIo, CommandSpec } from '../types.js';

function printGarbage(io: CliIo, g: StoreGarbage, deleting: boolean): void {
  const folder = path.basename(g.storeDir);
  const rows = [
    ...g.unreferenced.map((f) => ['unreferenced', `${folder}/${f.name}`, bytesText(f.bytes)]),
    ...g.temps.map((f) => [
      f.removable ? 'stray temp' : 'temp (a write may still use it)',
      `${folder}/${f.name}`,
      bytesText(f.bytes),
    ]),
    ...g.backupOnly.map((f) => ['kept: the backup links it', `${folder}/${f.name}`, bytesText(f.bytes)]),
  ];
  if (rows.length) io.out(table(rows));
  const doomed = [...g.unreferenced, ...g.temps.filter((t) => t.removable)];
  const total = doomed.reduce((n, f) => n + f.bytes, 0);
  const what = `${doomed.length} file${doomed.length === 1 ? '' : 's'} (${bytesText(total)})`;
  io.out(
    doomed.length === 0
      ? `Nothing to remove: the project links all ${g.referenced} store file${g.referenced === 1 ? '' : 's'}.\n`
      : deleting
        ? `Removed ${what}; ${g.referenced} linked store file${g.referenced === 1 ? '' : 's'} kept.\n`
        : `${what} can be removed: run again with --delete.\n`,
  );
}

export const gcCommand: CommandSpec = {
  name: 'gc',
  summary: 'List store files the project no longer links (and stray temp files); --delete removes them.',
  usage: 'gapboard gc <file.gapboard> [--delete] [--json]',
  options: { delete: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const deleting = values.delete === true;
    const session = await ProjectSession.open(file, sessionOptions(io, !deleting));
    try {
      if (deleting && session.readOnly) {
        throw new GapboardError(
          'READ_ONLY',
          `${session.readOnlyReason ?? 'The project is open elsewhere.'} Close it there before deleting store files; gc without --delete still lists them.`,
        );
      }
      const garbage = await findStoreGarbage(file, session.doc);
      const removed = deleting ? await deleteStoreGarbage(garbage) : null;
      if (values.json) printJson(io.out, { ...garbage, ...(removed ? { removed: removed.removed } : {}) });
      else printGarbage(io, garbage, deleting);
      return 0;
    } finally {
      await session.close();
    }
  },
};
