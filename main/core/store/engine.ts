/**
 * The one embedded DuckDB of this process, opened on first use. It is in-memory: the data
 * lives in the Parquet files, the database only holds the temporary tables a write streams
 * rows into. Each operation takes its own connection so concurrent queries do not share state.
 */
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

let instance: Promise<DuckDBInstance> | null = null;

function open(): Promise<DuckDBInstance> {
  instance ??= DuckDBInstance.create(':memory:', {
    // Writes are single-threaded so the same rows always give the same Parquet bytes (and
    // so the same hash): parallel writers may cut row groups at different places.
    threads: '1',
    // The app shares the machine with evaluation workers; a bounded engine spills instead.
    memory_limit: '512MB',
    temp_directory: path.join(os.tmpdir(), `gapboard-duckdb-${process.pid}-query`),
  }).catch((err: unknown) => {
    instance = null;
    throw err;
  });
  return instance;
}

let writer: Promise<DuckDBInstance> | null = null;

/**
 * A second, small engine for writes. A write streams its rows into a table in a scratch
 * database file, so with a tight memory limit the engine keeps only the blocks in use and
 * evicts the rest to that file: a million-row manifest costs about 130 MB instead of 280 MB,
 * and queries keep their own, larger budget.
 */
function openWriter(): Promise<DuckDBInstance> {
  writer ??= DuckDBInstance.create(':memory:', {
    threads: '1',
    memory_limit: '128MB',
    // Where the engine may spill during the copy; never the working folder it would default to.
    temp_directory: path.join(os.tmpdir(), `gapboard-duckdb-${process.pid}-write`),
  }).catch((err: unknown) => {
    writer = null;
    throw err;
  });
  return writer;
}

/** Runs `fn` on a fresh connection to the write engine, closing it afterwards. */
export async function withWriteConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  const c = await (await openWriter()).connect();
  try {
    return await fn(c);
  } finally {
    c.closeSync();
  }
}

/** A fresh connection to the process's DuckDB; the caller closes it (`closeSync`). */
export async function connect(): Promise<DuckDBConnection> {
  return (await open()).connect();
}

/** Runs `fn` on a fresh connection to the process's DuckDB, closing it afterwards. */
export async function withConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  const db = await open();
  const c = await db.connect();
  try {
    return await fn(c);
  } finally {
    c.closeSync();
  }
}

/** A string as an SQL literal (DuckDB's table functions take file names as literals). */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
