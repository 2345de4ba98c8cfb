/** A real session on a temp file, with a clock that ticks one day per call. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ProjectSession } from '../../../main/core/project/session.js';

export async function tempSession(): Promise<{ session: ProjectSession; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gapboard-scoring-'));
  let day = 0;
  const now = () => new Date(Date.UTC(2025, 10, 1 + day++)).toISOString();
  const session = await ProjectSession.create(path.join(dir, 't.gapboard'), 't', { now });
  return {
    session,
    dispose: async () => {
      await session.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
