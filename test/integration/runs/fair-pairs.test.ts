/**
 * The fair comparison joins two runs on the key alone and numbers repeated keys only when that
 * join shows a shared key occurring twice. On every schema-1 fixture (the sample project and
 * the fuzzed copies with duplicated contents, moves and relabels), for every two runs, that
 * answer must be the numbered join's answer.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../../main/core/project/session.js';
import { pairCounts } from '../../../main/core/runs/fair-pairs.js';
import { FIXED_NOW } from '../../helpers/temp.js';
// @ts-expect-error -- a plain script shared with the fixture's generator, typed by use
import { fixtureFiles } from '../../fixtures/schema1/per-sample-answers.mjs';

const root = mkdtempSync(path.join(os.tmpdir(), 'gapboard-fair-pairs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = (fixtureFiles as () => [string, string][])();

describe('pairing on the key alone, numbered only when needed', () => {
  it.each(files.map(([name, file]) => [name, file]))(
    '%s: every two runs pair as the numbered join pairs them',
    async (_name, source) => {
      const dir = mkdtempSync(path.join(root, 'f-'));
      const file = path.join(dir, path.basename(source));
      copyFileSync(source, file);
      const s = await ProjectSession.open(file, { now: FIXED_NOW });
      try {
        const runs = s.doc.runs.filter((r) => r.predictions);
        expect(runs.length).toBeGreaterThan(1);
        for (const a of runs)
          for (const b of runs) {
            if (a === b) continue;
            const auto = await pairCounts(s.doc, s.storeDir, a, b, 'b');
            const numbered = await pairCounts(s.doc, s.storeDir, a, b, 'b', true);
            expect({ pair: `${a.id} ${b.id}`, ...auto }).toEqual({ pair: `${a.id} ${b.id}`, ...numbered });
          }
      } finally {
        await s.close();
      }
    },
  );
});
