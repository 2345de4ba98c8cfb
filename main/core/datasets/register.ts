/**
 * Registering the next version of a dataset into an open project. Scanning is separate from
 * committing so a UI can show the issues first and let the user go on without the bad files
 * or cancel; `registerVersion` does both for the CLI.
 */
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import { datasetSchema, type Dataset, type DatasetVersion, type SampleLink } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { diffCounts } from './diff-counts.js';
import { latestVersion } from './lookup.js';
import { scanStream } from './scan.js';
import type { DatasetLayout, ScanOptions, ScanOutcome, ScanResult } from './types.js';
import { writeManifest } from './write-manifest.js';

export interface RegisterInput {
  name: string;
  /** The folder, manifest or CSV; absolute, or relative to the project folder. */
  source: string;
  layout?: DatasetLayout;
  labelColumn?: string;
  /** Declared class list; samples with other labels become issues. */
  classes?: string[];
  notes?: string;
  /** Defaults to the latest existing version. */
  parent?: number;
  /** Leave bad files out (default true); false refuses to register while any issue exists. */
  excludeIssues?: boolean;
  /** Register even when the manifest is identical to the latest version's (refused otherwise). */
  allowUnchanged?: boolean;
}

/** A scan whose manifest is already in the store, waiting to be linked as a version. */
export type ScannedVersion = ScanOutcome<SampleLink>;

export interface RegisterResult {
  version: DatasetVersion;
  issues: ScanResult['issues'];
}

export type ScanRunOptions = Pick<ScanOptions, 'signal' | 'onProgress' | 'spawnWorker' | 'workers'>;

const nameRule = datasetSchema.shape.name;

/** Project-relative, forward slashes: the project folder may move to another machine. */
export function projectRelative(projectFolder: string, abs: string): string {
  const rel = path.relative(projectFolder, abs).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

/** The absolute path of a version's stored `source`. */
export function resolveSource(session: ProjectSession, source: string): string {
  return path.resolve(session.folder, source);
}

function checkName(name: string): void {
  if (!nameRule.safeParse(name).success) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `"${name}" is not a valid dataset name (letters, digits, ".", "_", "-"; starting with a letter or digit).`,
    );
  }
}

/** The parent a new version of `name` gets: `parent` when given (it must exist), else the latest. */
function parentOf(existing: Dataset | undefined, name: string, parent?: number): DatasetVersion | undefined {
  const previous = existing ? latestVersion(existing) : 0;
  const number = parent ?? (previous > 0 ? previous : undefined);
  if (number === undefined) return undefined;
  const found = existing?.versions.find((v) => v.version === number);
  if (!found) throw new GapboardError('BAD_ARGUMENT', `${name} has no version v${number} to use as the parent.`);
  return found;
}

/**
 * The version whose manifest is exactly `link`'s (the same store file: same files, contents,
 * labels, splits and slices, in the same order), among the latest version of `existing`.
 */
export function unchangedFrom(existing: Dataset | undefined, link: SampleLink): number | null {
  if (!existing) return null;
  const latest = existing.versions.find((v) => v.version === latestVersion(existing));
  return latest?.samples?.store === link.store ? latest.version : null;
}

/**
 * Adds an already scanned version: number = previous max + 1, parent = previous max unless
 * given. Throws BAD_DATA when nothing valid remains or when issues exist and
 * `excludeIssues` is false; EXISTS when the manifest is the latest version's and
 * `allowUnchanged` is not set; BAD_ARGUMENT for a bad name or parent.
 */
export async function commitVersion(
  session: ProjectSession,
  input: RegisterInput,
  scan: ScannedVersion,
): Promise<RegisterResult> {
  checkName(input.name);
  const summary = scan.issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.reason}`)
    .join('; ');
  const more = scan.issues.length > 5 ? ` (and ${scan.issues.length - 5} more)` : '';
  if (input.excludeIssues === false && scan.issues.length > 0) {
    throw new GapboardError(
      'BAD_DATA',
      `${scan.issues.length} file(s) have problems: ${summary}${more}. Fix them or register without them.`,
    );
  }
  if (scan.stats.count === 0) {
    throw new GapboardError(
      'BAD_DATA',
      `Nothing to register: no valid samples in ${input.source}${summary ? ` (${summary}${more})` : ''}.`,
    );
  }
  const source = projectRelative(session.folder, resolveSource(session, input.source));
  const existing = session.doc.datasets.find((d) => d.name === input.name);
  const previous = existing ? latestVersion(existing) : 0;
  const parentVersion = parentOf(existing, input.name, input.parent);
  const parent = parentVersion?.version;
  const same = unchangedFrom(existing, scan.output);
  if (same !== null && !input.allowUnchanged) {
    throw new GapboardError(
      'EXISTS',
      `${input.name}@v${same} already holds exactly this data (same files, contents and labels as ${source}); a new version would be identical to it, so nothing was registered.`,
    );
  }
  const { splitStats } = scan;
  const next: DatasetVersion = {
    version: previous + 1,
    createdAt: session.nowIso(),
    layout: scan.layout,
    source,
    notes: input.notes ?? '',
    classes: scan.classes,
    stats: scan.stats,
    ...(Object.keys(splitStats).length > 0 ? { splitStats } : {}),
    samples: scan.output,
    batches: [],
  };
  if (parentVersion?.samples) next.parentDiff = await diffCounts(session.storeDir, input.name, parentVersion, next);
  const version = session.mutate(`Add dataset version ${input.name}`, (draft) => {
    let ds = draft.datasets.find((d) => d.name === input.name);
    if (!ds) {
      draft.datasets.push({ name: input.name, description: '', versions: [] });
      ds = draft.datasets.at(-1)!;
    }
    const v: DatasetVersion = { ...next, version: latestVersion(ds) + 1 };
    if (parent !== undefined) v.parent = parent;
    if (input.labelColumn !== undefined) v.labelColumn = input.labelColumn;
    ds.versions.push(v);
    return v;
  });
  return { version, issues: scan.issues };
}

/**
 * Scans `input.source` and commits it as the next version (see `commitVersion`). The samples
 * go into the store as they are hashed, so a registration holds none of them in memory.
 */
export async function registerVersion(
  session: ProjectSession,
  input: RegisterInput,
  run: ScanRunOptions = {},
): Promise<RegisterResult> {
  // A bad name or parent is said before the (long) scan, not after it.
  checkName(input.name);
  parentOf(
    session.doc.datasets.find((d) => d.name === input.name),
    input.name,
    input.parent,
  );
  const scan = await scanStream(
    {
      ...run,
      source: resolveSource(session, input.source),
      ...(input.layout ? { layout: input.layout } : {}),
      ...(input.labelColumn ? { labelColumn: input.labelColumn } : {}),
      ...(input.classes ? { classes: input.classes } : {}),
    },
    (samples) => writeManifest(session.storeDir, samples),
  );
  return await commitVersion(session, input, scan);
}
