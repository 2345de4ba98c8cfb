/**
 * Writing a table into the store: rows are appended, one at a time, into a temporary DuckDB
 * table (columnar, spilled by the engine, never a JS array of every row), copied out as one
 * Parquet file beside its final place, hashed, synced, and renamed to `<sha256>.parquet`.
 * A crash leaves at most a `.tmp` file that no link names; a file that already exists under
 * that hash is left untouched (same bytes), which is what lets copies of a project share
 * their store files.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIST, VARCHAR, listValue, type DuckDBAppender } from '@duckdb/node-api';
import { GapboardError } from '../project/errors.js';
import { sqlString, withWriteConnection } from './engine.js';
import { storeFilePath } from './layout.js';
import { hashFile } from './verify.js';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'VARCHAR[]';
export interface ColumnSpec {
  name: string;
  type: ColumnType;
}
/** One row: a value per column, in the spec's order (null for an absent value). */
export type Row = readonly unknown[];

export interface WrittenTable {
  sha256: string;
  rows: number;
  bytes: number;
}

const STRING_LIST = LIST(VARCHAR);

function appendValue(ap: DuckDBAppender, type: ColumnType, value: unknown): void {
  if (value === null || value === undefined) return ap.appendNull();
  switch (type) {
    case 'VARCHAR':
      return ap.appendVarchar(value as string);
    case 'INTEGER':
      return ap.appendInteger(value as number);
    case 'BIGINT':
      return ap.appendBigInt(BigInt(value as number));
    case 'DOUBLE':
      return ap.appendDouble(value as number);
    case 'VARCHAR[]':
      return ap.appendList(listValue(value as string[]), STRING_LIST);
  }
}

let tableSeq = 0;

/**
 * Streams `rows` into a new store file under `storeDir` (created when missing) and returns
 * its hash and row count. The same rows always give the same bytes, so the same hash.
 */
export async function writeStoreTable(
  storeDir: string,
  columns: readonly ColumnSpec[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): Promise<WrittenTable> {
  await fs.mkdir(storeDir, { recursive: true });
  const tmp = path.join(storeDir, `.${process.pid}-${randomBytes(6).toString('hex')}.parquet.tmp`);
  // The rows wait in a scratch database file (not in memory) until they are copied out whole.
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'gapboard-write-'));
  const db = `store_write_${process.pid}_${++tableSeq}`;
  let count = 0;
  try {
    await withWriteConnection(async (c) => {
      await c.run(`ATTACH ${sqlString(path.join(scratch, 'rows.duckdb'))} AS ${db}`);
      try {
        const cols = columns.map((col) => `"${col.name}" ${col.type}`).join(', ');
        await c.run(`CREATE TABLE ${db}.main.t (${cols})`);
        const ap = await c.createAppender('t', 'main', db);
        try {
          for await (const row of rows) {
            for (let i = 0; i < columns.length; i++) appendValue(ap, columns[i]!.type, row[i]);
            ap.endRow();
            count++;
          }
        } finally {
          ap.closeSync();
        }
        await c.run(`COPY ${db}.main.t TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION zstd)`);
      } finally {
        await c.run(`DETACH ${db}`);
      }
    });
    const handle = await fs.open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const sha256 = await hashFile(tmp);
    const final = storeFilePath(storeDir, sha256);
    const { size } = await fs.stat(tmp);
    if (await exists(final)) await fs.rm(tmp, { force: true });
    else await fs.rename(tmp, final);
    return { sha256, rows: count, bytes: size };
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (err instanceof GapboardError) throw err;
    throw new GapboardError('IO', `Could not write to ${path.basename(storeDir)}: ${(err as Error).message}`);
  } finally {
    await fs.rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
