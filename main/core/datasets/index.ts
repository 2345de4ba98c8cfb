/** The dataset core's public surface (for the API router, the CLI and the Data screen). */
export { scanDataset, scanStream } from './scan.js';
export { writeManifest } from './write-manifest.js';
export { registerVersion, commitVersion, projectRelative, resolveSource } from './register.js';
export type { RegisterInput, RegisterResult, ScannedVersion, ScanRunOptions } from './register.js';
export { verifyVersion } from './verify.js';
export type { VerifyResult, ChangedFile } from './verify.js';
export { diffManifests } from './diff.js';
export type { ManifestDiff, Relabel, Modification, Move } from './diff.js';
export { diffVersions, listDatasets } from './versions.js';
export type { DatasetSummary, VersionSummary, VersionDiff } from './versions.js';
export { computeStats, lowClasses, LOW_CLASS_RATIO } from './stats.js';
export type { LowClass } from './stats.js';
export { addBatch, updateBatch, removeBatch, batchTotals, costOverVersions, emptyBatchInput } from './batches.js';
export type { BatchInput, BatchPatch, BatchTotals, VersionCost } from './batches.js';
export { dataMetrics } from './metrics.js';
export { findDataset, findVersion, latestVersion } from './lookup.js';
export { defaultSpawnWorker } from './spawn-worker.js';
export type {
  DatasetLayout,
  ImageInfo,
  ScanIssue,
  ScanOptions,
  ScanOutcome,
  ScanProgress,
  ScanResult,
  SpawnWorker,
} from './types.js';
