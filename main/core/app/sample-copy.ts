/**
 * "Open sample project" opens a fresh copy, so exploring it never modifies the committed
 * sample and two copies never share a lock.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GapboardError } from '../project/errors.js';

/** The folder the copies go in, one folder per copy. */
export function samplesDirIn(dataDir: string): string {
  return path.join(dataDir, 'samples');
}

export async function copySampleProject(
  sampleDir: string,
  dataDir: string,
  fileName: string,
  stamp: string,
): Promise<string> {
  try {
    await fs.access(path.join(sampleDir, fileName));
  } catch {
    throw new GapboardError('NOT_FOUND', `The sample project is missing (${path.join(sampleDir, fileName)}).`);
  }
  const target = path.join(samplesDirIn(dataDir), stamp.replace(/[:.]/g, '-'));
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.cp(sampleDir, target, { recursive: true, errorOnExist: false });
  return path.join(target, fileName);
}
