/**
 * The process's embedded DuckDB engines, each opened on first use. They are in-memory: the
 * data lives in the Parquet files. Queries run on one engine, writes on a second, small one;
 * each operation takes its own connection so concurrent queries do not share state.
 */
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

type Engine = () => Promise<DuckDBInstance>;

/**
 * An engine opened on first use (and again after a failed open). Single-threaded, so the same
 * rows always give the same Parquet bytes (and so the same hash): parallel writers may cut row
 * groups at different places. Bounded, since the app shares the machine with evaluation
 * workers; it spills under the system temp folder, never into the working folder it would
 * default to.
 */
function lazyEngine(role: string, memoryLimit: string): Engine {
  let instance: Promise<DuckDBInstance> | null = null;
  return () => {
    instance ??= DuckDBInstance.create(':memory:', {
      threads: '1',
      memory_limit: memoryLimit,
      temp_directory: path.join(os.tmpdir(), `gapboard-duckdb-${process.pid}-${role}`),
    }).catch((err: unknown) => {
      instance = null;
      throw err;
    });
    return instance;
  };
}

const queries = lazyEngine('query', '512MB');

/**
 * Writes: a write streams its rows into a table in a scratch database file, so with a tight
 * memory limit the engine keeps only the blocks in use and evicts the rest to that file: a
 * million-row manifest costs about 130 MB instead of 280 MB, and queries keep their own,
 * larger budget.
 */
const writes = lazyEngine('write', '128MB');

async function using<T>(engine: Engine, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  const c = await (await engine()).connect();
  try {
    return await fn(c);
  } finally {
    c.closeSync();
  }
}

/** A fresh connection to the query engine; the caller closes it (`closeSync`). */
export async function connect(): Promise<DuckDBConnection> {
  return (await queries()).connect();
}

/** Runs `fn` on a fresh connection to the query engine, closing it afterwards. */
export function withConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  return using(queries, fn);
}

/** Runs `fn` on a fresh connection to the write engine, closing it afterwards. */
export function withWriteConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  return using(writes, fn);
}

/** A string as an SQL literal (DuckDB's table functions take file names as literals). */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
