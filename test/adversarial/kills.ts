/**
 * SIGKILL at random points of the CLI's real save path: a child adds requirements in a loop
 * (open, lock, read, change, write temp, back up, rename, unlock — the real command) and is
 * killed after a random delay. After each kill the file and its backup must open, every id
 * the child reported as saved must be in the file, and the next writer must take over the
 * dead writer's lock and sweep its temp files.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../main/core/project/document.js';
import { ProjectSession } from '../../main/core/project/session.js';
import { startChild } from './child-process.js';
import { suiteDir } from './temp-root.js';
import { pushFailure, type PartResult } from './part.js';

const now = () => new Date().toISOString();

async function killOnce(file: string, delayMs: number): Promise<string[]> {
  const child = await startChild(['loop', file], false);
  let out = '';
  await new Promise<void>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('ready\n')) resolve();
    });
    child.once('exit', () => resolve());
  });
  await new Promise((r) => setTimeout(r, delayMs));
  child.kill('SIGKILL');
  await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
  // Only ids printed before the kill count as saved; a line cut in half is not a report.
  return out
    .split('\n')
    .slice(1, -1)
    .filter((l) => /^R-\d+$/.test(l));
}

export async function killsPart(kills: number, lanes = 2): Promise<PartResult> {
  const failures: string[] = [];
  const dir = suiteDir('kills');
  let leftovers = 0;
  let swept = 0;
  let locksTakenOver = 0;
  let savedReported = 0;
  let lost = 0;
  let unreadable = 0;
  try {
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        const file = path.join(dir, `lane${lane}.gapboard`);
        await (await ProjectSession.create(file, `Lane ${lane}`, { now })).close();
        const everSaved: string[] = [];
        for (let k = lane; k < kills; k += lanes) {
          everSaved.push(...(await killOnce(file, Math.floor(Math.random() * 80))));
          const temps = readdirSync(dir).filter((n) => n.startsWith(`.lane${lane}.gapboard`) && n.endsWith('.tmp'));
          leftovers += temps.length;
          for (const candidate of [file, `${file}.bak`]) {
            if (!existsSync(candidate)) continue;
            try {
              parseDocument(readFileSync(candidate), path.basename(candidate));
            } catch (err) {
              unreadable++;
              pushFailure(failures, `kill ${k}: ${path.basename(candidate)} does not open: ${(err as Error).message}`);
            }
          }
          const hadLock = existsSync(`${file}.lock`);
          const session = await ProjectSession.open(file, { now });
          if (session.readOnly) pushFailure(failures, `kill ${k}: the dead writer's lock was not taken over`);
          else if (hadLock) locksTakenOver++;
          const ids = new Set(session.doc.requirements.map((r) => r.id));
          await session.close();
          for (const id of everSaved) {
            if (!ids.has(id)) {
              lost++;
              pushFailure(failures, `kill ${k}: ${id} was reported saved but is not in the file`);
            }
          }
          const after = readdirSync(dir).filter((n) => n.startsWith(`.lane${lane}.gapboard`) && n.endsWith('.tmp'));
          swept += temps.length - after.length;
          if (after.length > 0) pushFailure(failures, `kill ${k}: temp files left after opening: ${after.join(', ')}`);
        }
        savedReported += everSaved.length;
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    name: 'SIGKILL during saves',
    tried: { kills, 'saves reported before a kill': savedReported },
    held: {
      'files or backups that do not open': unreadable,
      'lost writes': lost,
      'temp files left by kills': leftovers,
      'swept on the next open': swept,
      'dead locks taken over': locksTakenOver,
    },
    failures,
  };
}
