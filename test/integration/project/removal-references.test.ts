/** Removing what others point at is refused, so the app never writes a file it would refuse to open. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../../main/core/project/document.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { removeModel, removeRun } from '../../../main/core/runs/index.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../../sample/digits.gapboard');

it('a model with runs and a run that is an iteration’s candidate cannot be removed; the file still opens', async () => {
  const doc = parseDocument(readFileSync(SAMPLE), 'digits.gapboard').doc;
  for (const run of doc.runs) delete run.predictions;
  const file = path.join(tempDir(), 'digits.gapboard');
  writeFileSync(file, serializeDocument(doc));
  const s = await ProjectSession.open(file, { now: FIXED_NOW });
  expect(() => removeModel(s, 'M-1')).toThrow('M-1 is evaluated by RUN-1; remove those runs first.');
  expect(() => removeRun(s, 'RUN-1')).toThrow('RUN-1 is the candidate of IT-1; it cannot be removed.');
  expect(s.dirty).toBe(false);
  await s.close();
});
