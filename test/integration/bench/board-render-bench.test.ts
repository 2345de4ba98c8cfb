/**
 * Runs the board's render benchmark once on a tiny project, so `npm run bench -- board` cannot
 * silently rot again: the same generated document, the same `gapboard serve`, the same page
 * wait for the board's readiness. It once waited forever because the generated project no
 * longer opened (its runs named a model it did not hold) and the page showed the welcome
 * screen. It checks that the rows come with real numbers, never how fast anything is.
 * Needs the built page (`npm run build`, which `npm test` runs first) and Chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument, parseDocument, serializeDocument } from '../../../main/core/project/document.js';
import { buildBoardBenchDoc, buildOpenBenchDoc } from '../../../bench/board.js';
import { benchBoardRender } from '../../../bench/board-render.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('npm run bench -- board, once on a tiny project', () => {
  it('generates projects that open: the render and open benchmarks load real, consistent files', () => {
    for (const doc of [buildBoardBenchDoc({ requirements: 4, iterations: 3 }), buildOpenBenchDoc()]) {
      expect(() => parseDocument(Buffer.from(serializeDocument(doc)), 'bench.gapboard')).not.toThrow();
    }
  });

  it('renders the board in Chromium and reports both render rows', async () => {
    expect(existsSync(path.join(ROOT, 'out/renderer/index.html')), 'run npm run build first').toBe(true);
    const rows = await benchBoardRender(buildBoardBenchDoc({ requirements: 4, iterations: 3 }), 1);
    expect(rows.map((r) => r.name)).toEqual([
      'board render in Chromium (4 req × 3 it): board.current response → ready',
      'board render in Chromium (4 req × 3 it): navigation → ready',
    ]);
    for (const r of rows) expect(Number.isFinite(r.value) && r.value >= 0, `${r.name}: ${r.value}`).toBe(true);
  }, 90_000);

  it('names why when the project does not open, instead of waiting for a board that never comes', async () => {
    const broken = createDocument('broken', '2025-11-03T10:00:00.000Z');
    broken.iterations.push({
      id: 'IT-1',
      name: 'dangling',
      status: 'closed',
      startedAt: '2025-11-03T10:00:00.000Z',
      notes: '',
      candidateRun: 'RUN-9',
      datasets: [],
      scorecard: [],
    });
    await expect(benchBoardRender(broken, 1)).rejects.toThrow(
      /gapboard serve opened no project: Could not open the project: .*RUN-9/,
    );
  }, 60_000);
});
