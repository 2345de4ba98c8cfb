import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createDocument, parseDocument, serializeDocument } from '../../../main/core/project/document.js';
import { tempDir } from '../../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const KILLS = 50;

/** Two valid documents of different sizes, so a torn write could not pass for either. */
function contents(): [string, string] {
  const a = createDocument('Old content', '2026-01-01T00:00:00.000Z');
  const b = createDocument('New content', '2026-01-01T00:00:00.000Z');
  b.project.description = 'x'.repeat(200_000);
  return [serializeDocument(a), serializeDocument(b)];
}

async function killMidSave(file: string, aFile: string, bFile: string, delayMs: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'test/helpers/save-loop.ts'), file, aFile, bFile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await new Promise((r) => setTimeout(r, delayMs));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
}

it(`SIGKILL in the middle of repeated saves (${KILLS} times): the file always opens as the old or the new content`, async () => {
  const dir = tempDir();
  const [a, b] = contents();
  const aFile = path.join(dir, 'a.json');
  const bFile = path.join(dir, 'b.json');
  writeFileSync(aFile, a);
  writeFileSync(bFile, b);
  let sawA = 0;
  let sawB = 0;
  // Two children at a time keep both cores busy and the test short.
  for (let round = 0; round < KILLS / 2; round++) {
    await Promise.all(
      [0, 1].map(async (lane) => {
        const file = path.join(dir, `p${lane}.gapboard`);
        await killMidSave(file, aFile, bFile, Math.floor(Math.random() * 40));
        const text = readFileSync(file, 'utf8');
        expect(() => parseDocument(Buffer.from(text), 'p.gapboard')).not.toThrow();
        expect(text === a || text === b).toBe(true);
        if (text === a) sawA++;
        else sawB++;
      }),
    );
  }
  expect(sawA + sawB).toBe(KILLS);
}, 120_000);
