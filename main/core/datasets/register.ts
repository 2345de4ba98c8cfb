/**
 * Registering the next version of a dataset into an open project. Scanning is separate from
 * committing so a UI can show the issues first and let the user go on without the bad files
 * or cancel; `registerVersion` does both for the CLI.
 */
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import { datasetSchema, type DatasetVersion } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { latestVersion } from './lookup.js';
import { scanDataset } from './scan.js';
import { splitStatsOf, writeSamples } from '../store/sample-data.js';
import { diffVersionManifests } from './version-queries.js';
import type { DatasetLayout, ScanOptions, ScanResult } from './types.js';

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
}

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

/**
 * Adds an already scanned version: number = previous max + 1, parent = previous max unless
 * given. Throws BAD_DATA when nothing valid remains or when issues exist and
 * `excludeIssues` is false; BAD_ARGUMENT for a bad name or parent.
 */
export async function commitVersion(
  session: ProjectSession,
  input: RegisterInput,
  scan: ScanResult,
): Promise<RegisterResult> {
  if (!nameRule.safeParse(input.name).success) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `"${input.name}" is not a valid dataset name (letters, digits, ".", "_", "-"; starting with a letter or digit).`,
    );
  }
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
  if (scan.samples.length === 0) {
    throw new GapboardError(
      'BAD_DATA',
      `Nothing to register: no valid samples in ${input.source}${summary ? ` (${summary}${more})` : ''}.`,
    );
  }
  const source = projectRelative(session.folder, resolveSource(session, input.source));
  const existing = session.doc.datasets.find((d) => d.name === input.name);
  const previous = existing ? latestVersion(existing) : 0;
  const parent = input.parent ?? (previous > 0 ? previous : undefined);
  const parentVersion = parent !== undefined ? existing?.versions.find((v) => v.version === parent) : undefined;
  if (parent !== undefined && !parentVersion) {
    throw new GapboardError('BAD_ARGUMENT', `${input.name} has no version v${parent} to use as the parent.`);
  }
  // The manifest goes to the store first: the document only ever links a file that exists.
  const link = await writeSamples(session.storeDir, scan.samples);
  const splitStats = splitStatsOf(scan.samples, scan.classes);
  const next: DatasetVersion = {
    version: previous + 1,
    createdAt: session.nowIso(),
    layout: scan.layout,
    source,
    notes: input.notes ?? '',
    classes: scan.classes,
    stats: scan.stats,
    ...(Object.keys(splitStats).length > 0 ? { splitStats } : {}),
    samples: link,
    batches: [],
  };
  if (parentVersion?.samples)
    next.parentDiff = (await diffVersionManifests(session.storeDir, input.name, parentVersion, next)).counts;
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

/** Scans `input.source` and commits it as the next version (see `commitVersion`). */
export async function registerVersion(
  session: ProjectSession,
  input: RegisterInput,
  run: ScanRunOptions = {},
): Promise<RegisterResult> {
  const scan = await scanDataset({
    ...run,
    source: resolveSource(session, input.source),
    ...(input.layout ? { layout: input.layout } : {}),
    ...(input.labelColumn ? { labelColumn: input.labelColumn } : {}),
    ...(input.classes ? { classes: input.classes } : {}),
  });
  return await commitVersion(session, input, scan);
}
