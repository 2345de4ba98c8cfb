/**
 * Reading the store: SQL over verified Parquet files. A query names its files as `{name}`
 * placeholders; each is verified by hash and replaced by `read_parquet('<file>')`, so no
 * query ever reads a file that is missing or altered.
 */
import { connect, sqlString, withConnection } from './engine.js';
import { verifiedStoreFile, type StoreUse } from './verify.js';

/** A store file a query reads: its hash and what it is for (named in errors). */
export interface StoreRef extends StoreUse {
  sha256: string;
}

type Params = Record<string, string | number | boolean | null>;

async function bind(storeDir: string, sql: string, files: Record<string, StoreRef>): Promise<string> {
  let out = sql;
  for (const [name, ref] of Object.entries(files)) {
    const file = await verifiedStoreFile(storeDir, ref.sha256, ref);
    out = out.split(`{${name}}`).join(`read_parquet(${sqlString(file)})`);
  }
  return out;
}

/** JS values as the app uses them: BIGINT counts become numbers, lists arrays. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = plain(v);
  return out;
}

/** All rows of a query (for pages, counts and other small answers). */
export async function queryStore<T = Record<string, unknown>>(
  storeDir: string,
  sql: string,
  files: Record<string, StoreRef>,
  params: Params = {},
): Promise<T[]> {
  const bound = await bind(storeDir, sql, files);
  return withConnection(async (c) => {
    const reader = await c.runAndReadAll(bound, params);
    return reader.getRowObjectsJS().map((r) => plainRow(r as Record<string, unknown>) as T);
  });
}

/** The rows of a query chunk by chunk, for answers too large to hold at once. */
export async function* streamStore<T = Record<string, unknown>>(
  storeDir: string,
  sql: string,
  files: Record<string, StoreRef>,
  params: Params = {},
): AsyncGenerator<T[]> {
  const bound = await bind(storeDir, sql, files);
  const c = await connect();
  try {
    const result = await c.stream(bound, params);
    for await (const rows of result.yieldRowObjectJs()) yield rows.map((r) => plainRow(r) as T);
  } finally {
    c.closeSync();
  }
}
