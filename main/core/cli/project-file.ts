/** Opening a project for a command that only reads it: read-only (no lock taken), closed at once. */
import path from 'node:path';
import { ProjectSession } from '../project/session.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import type { CliIo } from './types.js';

export async function readProject(io: CliIo, fileArg: string): Promise<{ file: string; doc: ProjectDocument }> {
  const file = path.resolve(io.cwd, fileArg);
  const session = await ProjectSession.open(file, { now: io.now, readOnly: true });
  await session.close();
  return { file, doc: session.doc };
}
