/** Picks the layout of a dataset source when the user did not say. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import { readCsvRecords } from './csv.js';
import type { DatasetLayout } from './types.js';

/** What a source is, once looked at: the three layouts, with CSV split into manifest and table. */
export type SourceKind = 'imagefolder' | 'jsonl' | 'csv-manifest' | 'csv-table';

/** Reads the header line of a CSV (first 64 KiB is plenty for any header). */
async function csvColumns(file: string): Promise<string[]> {
  const fh = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
    const header = readCsvRecords(buf.subarray(0, nl < 0 ? bytesRead : nl))[0];
    return header?.fields.map((f) => f.trim()) ?? [];
  } finally {
    await fh.close();
  }
}

/**
 * Resolves `layout` (or detects it: folder → imagefolder, `.jsonl` → jsonl, `.csv` → csv) and
 * tells a CSV manifest (has a `file` column) from a CSV table.
 */
export async function detectSource(
  source: string,
  layout?: DatasetLayout,
): Promise<{ layout: DatasetLayout; kind: SourceKind }> {
  let st;
  try {
    st = await fs.stat(source);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new GapboardError('NOT_FOUND', `${source} does not exist.`);
    throw new GapboardError('IO', `${source} cannot be read: ${(err as Error).message}`);
  }
  const ext = path.extname(source).toLowerCase();
  const chosen: DatasetLayout | undefined =
    layout ?? (st.isDirectory() ? 'imagefolder' : ext === '.jsonl' ? 'jsonl' : ext === '.csv' ? 'csv' : undefined);
  if (!chosen) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `Cannot tell the layout of ${path.basename(source)}: use a folder, a .csv or a .jsonl file, or pass a layout.`,
    );
  }
  if (chosen === 'imagefolder' && !st.isDirectory()) {
    throw new GapboardError('BAD_ARGUMENT', `${source} is a file; the imagefolder layout needs a folder.`);
  }
  if (chosen !== 'imagefolder' && !st.isFile()) {
    throw new GapboardError('BAD_ARGUMENT', `${source} is a folder; the ${chosen} layout needs a file.`);
  }
  if (chosen === 'imagefolder') return { layout: chosen, kind: 'imagefolder' };
  if (chosen === 'jsonl') return { layout: chosen, kind: 'jsonl' };
  return { layout: chosen, kind: (await csvColumns(source)).includes('file') ? 'csv-manifest' : 'csv-table' };
}
