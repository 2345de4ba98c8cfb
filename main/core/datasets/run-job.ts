/** The work a scan worker does, as a plain function (testable without a thread). */
import fs from 'node:fs';
import { scanCsvTable } from './csv-table.js';
import { describeFsError, hashFile } from './hash-file.js';
import { parseManifest } from './manifest.js';
import type { FileResult, Job, JobResult } from './worker-protocol.js';

/** 1 MiB reads: large enough to amortize syscalls, small enough to stay out of the RSS budget. */
export const READ_CHUNK = 1 << 20;

function readWhole(file: string): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  try {
    return { ok: true, bytes: fs.readFileSync(file) };
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
}

/**
 * Runs one job. `progress(done, bytes)` is called as files finish (the caller throttles).
 * `buf` is the worker's reusable read buffer.
 */
export function runJob(job: Job, buf: Buffer, progress: (done: number, bytes: number) => void): JobResult {
  switch (job.kind) {
    case 'files': {
      const results: FileResult[] = [];
      let bytes = 0;
      for (const item of job.items) {
        results.push(
          hashFile(item.abs, buf, (n) => {
            bytes += n;
            progress(results.length, bytes);
          }),
        );
        progress(results.length, bytes);
      }
      return { kind: 'files', results };
    }
    case 'csv-table': {
      const read = readWhole(job.file);
      if (!read.ok) return { kind: 'csv-table', samples: [], issues: [{ path: job.name, reason: read.reason }] };
      return { kind: 'csv-table', ...scanCsvTable(read.bytes, job.name, job.labelColumn) };
    }
    case 'manifest': {
      const read = readWhole(job.file);
      if (!read.ok) return { kind: 'manifest', entries: [], issues: [{ path: job.name, reason: read.reason }] };
      return { kind: 'manifest', ...parseManifest(read.bytes, job.format, job.name) };
    }
    default:
      throw new Error(`Unknown scan job kind: ${JSON.stringify((job as { kind?: unknown }).kind)}`);
  }
}
