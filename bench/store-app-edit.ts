/**
 * The edit as the app makes it: the project is open, a requirement is added and the project
 * saved (validated, written atomically with its backup), on the big project and on the empty
 * one in turn. Opening is not part of it: the app opened the project once, before.
 */
import { addRequirement } from '../main/core/requirements/requirements.js';
import { ProjectSession } from '../main/core/project/session.js';
import type { Row } from './row.js';

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function editAndSave(s: ProjectSession, k: number): Promise<number> {
  const t = performance.now();
  addRequirement(s, { title: `A${k}`, metric: 'accuracy', op: '>=', target: 0.9 });
  await s.save();
  return performance.now() - t;
}

/** Median ms of `rounds` add-and-save edits on each open project, alternating; ratio big / empty. */
export async function appEditRows(bigFile: string, emptyFile: string, label: string, rounds: number): Promise<Row[]> {
  const now = () => new Date().toISOString();
  const big = await ProjectSession.open(bigFile, { now });
  const empty = await ProjectSession.open(emptyFile, { now });
  try {
    const t: [number[], number[]] = [[], []];
    // Twice the rounds: one edit is a few milliseconds, and the first of each warms up.
    for (let r = 0; r <= rounds * 2; r++) {
      const order = r % 2 ? ([0, 1] as const) : ([1, 0] as const);
      for (const side of order) {
        const ms = await editAndSave(side === 0 ? big : empty, r);
        if (r > 0) t[side].push(ms);
      }
    }
    return [
      { name: 'add a requirement and save (app, project open), empty project', value: median(t[1]), unit: 'ms' },
      {
        name: `add a requirement and save (app, project open), ${label}`,
        value: median(t[0]),
        unit: 'ms',
        ratio: median(t[0]) / median(t[1]),
        target: '≤ 1.5×',
      },
    ];
  } finally {
    await big.close();
    await empty.close();
  }
}
