/**
 * The one embedded DuckDB of this process, opened on first use. It is in-memory: the data
 * lives in the Parquet files, the database only holds the temporary tables a write streams
 * rows into. Each operation takes its own connection so concurrent queries do not share state.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

let instance: Promise<DuckDBInstance> | null = null;

function open(): Promise<DuckDBInstance> {
  instance ??= DuckDBInstance.create(':memory:', {
    // Writes are single-threaded so the same rows always give the same Parquet bytes (and
    // so the same hash): parallel writers may cut row groups at different places.
    threads: '1',
    // The app shares the machine with evaluation workers; a bounded engine spills instead.
    memory_limit: '512MB',
  }).catch((err: unknown) => {
    instance = null;
    throw err;
  });
  return instance;
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
