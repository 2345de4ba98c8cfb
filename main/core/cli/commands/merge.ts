import path from 'node:path';
import { serializeDocument } from '../../project/document.js';
import { writeAtomic } from '../../project/file-io.js';
import { ProjectSession } from '../../project/session.js';
import { replaceDocument } from '../../merge/apply.js';
import { missingFiles, readSide } from '../../merge/files.js';
import { mergeDocuments, type MergeOptions, type MergeResult, type Side } from '../../merge/merge.js';
import { formatMergeReport } from '../../merge/report.js';
import { oneOf, printJson, str } from '../args.js';
import { UsageError, type CliIo, type CommandSpec, type OptionValues } from '../types.js';

const SIDES = ['mine', 'theirs'] as const;

function resolutionsFrom(values: OptionValues): Record<string, Side> {
  const out: Record<string, Side> = {};
  const raw = values.resolve;
  for (const item of Array.isArray(raw) ? raw : []) {
    const m = /^(.+)=(mine|theirs)$/.exec(item);
    if (!m) throw new UsageError(`--resolve must look like requirement:R-3=mine or …=theirs, got "${item}".`);
    out[m[1]!] = m[2] as Side;
  }
  return out;
}

/** Merges once; with `prefer`, every conflict not named by --resolve goes to that side. */
function mergeWith(
  mine: Parameters<typeof mergeDocuments>[0],
  theirs: Parameters<typeof mergeDocuments>[1],
  opts: MergeOptions,
  prefer: Side | undefined,
): MergeResult {
  const first = mergeDocuments(mine, theirs, opts);
  const given = opts.resolutions ?? {};
  const unknown = Object.keys(given).filter((k) => !first.conflicts.some((c) => c.key === k));
  if (unknown.length) throw new UsageError(`--resolve names no conflict: ${unknown.join(', ')}.`);
  if (!prefer || first.unresolved.length === 0) return first;
  const resolutions = { ...Object.fromEntries(first.unresolved.map((k) => [k, prefer])), ...given };
  return mergeDocuments(mine, theirs, { ...opts, resolutions });
}

/** `--git %O %A %B`: git's merge-driver protocol — the result replaces %A; non-zero leaves it. */
async function runGitDriver(files: string[], io: CliIo): Promise<number> {
  const [baseFile, mineFile, theirsFile] = files.map((f) => path.resolve(io.cwd, f));
  const base = await readSide(baseFile!, true);
  const mine = (await readSide(mineFile!))!;
  const theirs = (await readSide(theirsFile!))!;
  const result = mergeDocuments(mine, theirs, { base });
  const name = files[3] ?? 'the project file';
  if (result.unresolved.length) {
    io.err(
      `gapboard merge: ${name} has conflicts git cannot settle; it was left as on your branch.\n` +
        formatMergeReport(result) +
        `Resolve: git show :1:${name} > base.gapboard && git show :3:${name} > theirs.gapboard, then\n` +
        `  gapboard merge ${name} theirs.gapboard --base base.gapboard --resolve KEY=mine|theirs (or --prefer mine|theirs),\n` +
        `  or File → Merge… in the app; then git add ${name}.\n`,
    );
    return 1;
  }
  await writeAtomic(mineFile!, serializeDocument(result.doc));
  io.err(`gapboard merge: ${name} merged.\n${formatMergeReport(result)}`);
  return 0;
}

export const mergeCommand: CommandSpec = {
  name: 'merge',
  summary: "Merge a teammate's copy of a project into yours (three-way with --base).",
  usage:
    'gapboard merge <mine.gapboard> <theirs.gapboard> [--base BASE] [--out FILE] [--resolve KEY=mine|theirs]… [--prefer mine|theirs] [--json]\n' +
    '       gapboard merge --git %O %A %B [%P]   (git merge driver)',
  options: {
    base: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    git: { type: 'boolean' },
    prefer: { type: 'string' },
    resolve: { type: 'string', multiple: true },
  },
  positionals: { min: 2, max: 4 },
  async run({ values, positionals }, io) {
    if (values.git) {
      if (positionals.length < 3) throw new UsageError('--git needs the three files git passes: %O %A %B.');
      return runGitDriver(positionals, io);
    }
    if (positionals.length > 2) throw new UsageError(`Unexpected argument "${positionals[2]}".`);
    const mineFile = path.resolve(io.cwd, positionals[0]!);
    const theirsFile = path.resolve(io.cwd, positionals[1]!);
    const baseArg = str(values, 'base');
    const outArg = str(values, 'out');
    const mine = (await readSide(mineFile))!;
    const theirs = (await readSide(theirsFile))!;
    const base = baseArg ? await readSide(path.resolve(io.cwd, baseArg)) : null;
    const prefer = oneOf(values, 'prefer', SIDES);
    const result = mergeWith(mine, theirs, { base, resolutions: resolutionsFrom(values) }, prefer);
    const outFile = outArg ? path.resolve(io.cwd, outArg) : mineFile;
    const missing = await missingFiles(result.doc, path.dirname(outFile));
    const clean = result.unresolved.length === 0;
    if (clean) {
      if (outFile === mineFile) {
        const session = await ProjectSession.open(mineFile, { now: io.now });
        try {
          replaceDocument(session, `Merge ${path.basename(theirsFile)}`, result.doc);
          if (session.dirty) await session.save();
        } finally {
          await session.close();
        }
      } else {
        await writeAtomic(outFile, serializeDocument(result.doc));
      }
    }
    if (values.json) {
      const { doc: _doc, ...rest } = result;
      printJson(io.out, { ...rest, missingFiles: missing, written: clean ? outFile : null });
    } else {
      (clean ? io.out : io.err)(formatMergeReport(result, missing));
      if (clean) io.out(`Wrote ${outFile}\n`);
      else
        io.err(
          `Nothing was written. Resolve each conflict with --resolve KEY=mine|theirs, or all with --prefer mine|theirs.\n`,
        );
    }
    return clean ? 0 : 1;
  },
};
