/**
 * Writing a manifest into the store as its samples arrive, with no array of them: rows go
 * straight to the store's writer, and the fingerprint (which is defined over path order) is
 * hashed on the way whenever the samples come in path order — as a folder or a JSONL / CSV
 * manifest does. A CSV table keeps its row order, so its fingerprint is worked out from the
 * written file afterwards.
 */
import { createHash } from 'node:crypto';
import type { Sample, SampleLink } from '../../../shared/schema.js';
import { streamStore } from '../store/query.js';
import { SAMPLE_COLUMNS, sampleToRow } from '../store/tables.js';
import { writeStoreTable, type Row } from '../store/write.js';
import { byCodeUnit } from './walk.js';

const line = (path: string, sha256: string, label: string): string => `${path}\t${sha256}\t${label}\n`;

/** Streams `samples` into a new store file under `storeDir`; the link the document keeps. */
export async function writeManifest(storeDir: string, samples: AsyncIterable<Sample>): Promise<SampleLink> {
  const fingerprint = createHash('sha256');
  let last: string | null = null;
  let inPathOrder = true;
  async function* rows(): AsyncGenerator<Row> {
    let idx = 0;
    for await (const s of samples) {
      if (inPathOrder) {
        if (last !== null && s.path < last) inPathOrder = false;
        else {
          fingerprint.update(line(s.path, s.sha256, s.label));
          last = s.path;
        }
      }
      yield sampleToRow(s, idx++);
    }
  }
  const w = await writeStoreTable(storeDir, SAMPLE_COLUMNS, rows());
  return {
    store: w.sha256,
    rows: w.rows,
    columns: SAMPLE_COLUMNS.map((c) => c.name),
    fingerprint: inPathOrder ? fingerprint.digest('hex') : await fingerprintOfFile(storeDir, w.sha256),
  };
}

/** The fingerprint of a written manifest whose rows are not in path order (a CSV table's). */
async function fingerprintOfFile(storeDir: string, sha256: string): Promise<string> {
  const all: [string, string, string][] = [];
  const use = { what: 'the manifest just written', redo: 'register the data again' };
  const sql = 'SELECT path, sha256, label FROM {s} ORDER BY idx';
  for await (const chunk of streamStore<{ path: string; sha256: string; label: string }>(storeDir, sql, {
    s: { sha256, ...use },
  }))
    for (const r of chunk) all.push([r.path, r.sha256, r.label]);
  // Stable, so rows sharing a path keep their order, as the in-memory fingerprint does.
  all.sort((a, b) => byCodeUnit(a[0], b[0]));
  const h = createHash('sha256');
  for (const [p, s, l] of all) h.update(line(p, s, l));
  return h.digest('hex');
}
