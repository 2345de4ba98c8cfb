/**
 * Two and three writers on one file at once: each a separate process running the real
 * `gapboard requirement add`. Every round on a fresh project; afterwards every writer either
 * saved (its printed id is in the file, no two printed the same id) or was refused with a
 * message naming the other process — never a silent loss.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../main/core/project/document.js';
import { ProjectSession } from '../../main/core/project/session.js';
import { startChild } from './child-process.js';
import { suiteDir } from './temp-root.js';
import { looksLikeCrash, pushFailure, type PartResult } from './part.js';

interface Answer {
  id: number;
  code: number;
  out: string;
  err: string;
}

export async function writersPart(roundsEach: number): Promise<PartResult> {
  const failures: string[] = [];
  const children: ChildProcess[] = [];
  const pending = new Map<number, (a: Answer) => void>();
  for (let i = 0; i < 3; i++) {
    const child = await startChild(['serve'], true);
    await new Promise<void>((resolve) => child.once('message', () => resolve()));
    child.on('message', (a: Answer) => pending.get(a.id)?.(a));
    children.push(child);
  }
  const dir = suiteDir('writers');
  let next = 0;
  let writers = 0;
  let saved = 0;
  let refused = 0;
  let lost = 0;
  let duplicated = 0;
  const rounds: number[] = [...Array<number>(roundsEach).fill(2), ...Array<number>(roundsEach).fill(3)];
  try {
    for (const [round, count] of rounds.entries()) {
      const file = path.join(dir, `r${round}.gapboard`);
      const session = await ProjectSession.create(file, `Round ${round}`, { now: () => new Date().toISOString() });
      await session.close();
      const answers = await Promise.all(
        children.slice(0, count).map(
          (child, w) =>
            new Promise<Answer>((resolve) => {
              const id = next++;
              pending.set(id, resolve);
              child.send({ id, file, title: `writer ${w}` });
            }),
        ),
      );
      writers += count;
      const doc = parseDocument(readFileSync(file), path.basename(file)).doc;
      const inFile = new Set(doc.requirements.map((r) => r.id));
      const printed: string[] = [];
      for (const a of answers) {
        if (looksLikeCrash(a.out + a.err))
          pushFailure(failures, `round ${round}: crash output: ${a.err.slice(0, 300)}`);
        if (a.code === 0) {
          saved++;
          const id = a.out.trim();
          printed.push(id);
          if (!inFile.has(id)) {
            lost++;
            pushFailure(failures, `round ${round}: a writer printed ${id} but the file lacks it`);
          }
        } else if (/process \d+ on /.test(a.err)) {
          refused++;
        } else {
          pushFailure(failures, `round ${round}: a writer failed without naming the other process: ${a.err.trim()}`);
        }
      }
      if (new Set(printed).size !== printed.length) {
        duplicated++;
        pushFailure(failures, `round ${round}: two writers printed the same id (${printed.join(', ')})`);
      }
      if (doc.requirements.length !== printed.length) {
        pushFailure(
          failures,
          `round ${round}: ${printed.length} saves reported, ${doc.requirements.length} in the file`,
        );
      }
    }
  } finally {
    for (const child of children) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    name: 'concurrent writers',
    tried: { 'rounds of 2': roundsEach, 'rounds of 3': roundsEach, writers },
    held: { saved, 'refused, naming the holder': refused, 'lost writes': lost, 'duplicate ids': duplicated },
    failures,
  };
}
