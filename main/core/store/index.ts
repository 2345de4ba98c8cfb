/**
 * The sample store: per-sample data (a dataset version's manifest, a run's predictions) kept
 * out of the JSON project file, in immutable, content-addressed Parquet files queried with an
 * embedded DuckDB.
 *
 * Layout: for `<dir>/<stem>.gapboard` the store is `<dir>/<stem>.store/`, holding
 * `<sha256>.parquet` files, each named by the sha-256 of its own bytes. The document links a
 * file by that hash only (the folder is derived from the project file's name), so copying the
 * project file with its folder keeps every link, two copies share every file they both
 * reference, and a file is never rewritten: new data makes a new file.
 *
 * API:
 * - `storeDirFor(projectFile)`, `storeFilePath(dir, sha)`, `hashOfStoreFile(name)`: the layout.
 * - `writeStoreTable(dir, columns, rows)`: streams rows (sync or async iterable of value
 *   arrays) into a new file through a temp file + rename; returns `{ sha256, rows, bytes }`.
 * - `queryStore(dir, sql, files, params)` / `streamStore(...)`: SQL where `{name}` stands for
 *   a verified file (`files[name] = { sha256, what, redo }`); all rows, or chunk by chunk.
 * - `verifiedStoreFile(dir, sha, use)`: the file's path after proving its hash; throws
 *   GapboardError `STORE_MISSING` / `STORE_ALTERED` naming the file and how to restore it.
 * - `checkStoreFile(dir, sha)`: 'ok' | 'missing' | 'altered' (for `gapboard verify`).
 * - `SAMPLE_COLUMNS`, `PREDICTION_COLUMNS`: the two table layouts the app writes.
 */
export { hashOfStoreFile, isStoreHash, storeDirFor, storeFilePath, STORE_FILE_EXT, STORE_SUFFIX } from './layout.js';
export { writeStoreTable, type ColumnSpec, type ColumnType, type Row, type WrittenTable } from './write.js';
export { queryStore, streamStore, type StoreRef } from './query.js';
export { checkStoreFile, hashFile, verifiedStoreFile, type StoreUse } from './verify.js';
export { PREDICTION_COLUMNS, SAMPLE_COLUMNS } from './tables.js';
