import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { serializeDocument } from '../../../main/core/project/document.js';
import { baseProject, copy } from '../../helpers/merge-fixture.js';
import { FIXED_NOW, fileHash, tempDir } from '../../helpers/temp.js';

it('merge.preview lists conflicts side by side; merge.apply needs each settled and is one undoable step', async () => {
  const dir = tempDir();
  const base = baseProject();
  const mine = copy(base);
  const theirs = copy(base);
  mine.requirements[2]!.target = 0.85;
  theirs.requirements[2]!.target = 0.9;
  theirs.requirements[0]!.rationale = 'users retype one formula in ten';
  const file = path.join(dir, 'mine.gapboard');
  writeFileSync(file, serializeDocument(mine));
  writeFileSync(path.join(dir, 'theirs.gapboard'), serializeDocument(theirs));
  writeFileSync(path.join(dir, 'base.gapboard'), serializeDocument(base));
  const { dispatch } = createCore({ host: 'browser', dataDir: dir, prefs: createMemoryPrefs(), now: FIXED_NOW });
  await dispatch('project.open', { path: file });
  const before = fileHash(file);

  const preview = await dispatch('merge.preview', { theirs: 'theirs.gapboard', base: 'base.gapboard' });
  expect(preview).toMatchObject({
    ok: true,
    value: {
      conflicts: [{ key: 'requirement:R-3', fields: [{ field: 'target', base: '0.8', mine: '0.85', theirs: '0.9' }] }],
      unresolved: ['requirement:R-3'],
      missingFiles: [
        { what: 'model M-1', path: 'models/mlp.onnx' },
        { what: 'dataset digits@v1', path: 'data/v1' },
      ],
    },
  });
  expect(
    await dispatch('merge.apply', { theirs: 'theirs.gapboard', base: 'base.gapboard', resolutions: {} }),
  ).toMatchObject({
    ok: false,
    error: {
      code: 'CONFLICT',
      message: 'Choose mine or theirs for every conflict first: requirement:R-3 is still open.',
    },
  });
  expect(await dispatch('merge.preview', { theirs: 'mine.gapboard' })).toMatchObject({
    ok: false,
    error: { message: 'That is the open project itself; choose the copy to merge in.' },
  });
  expect(await dispatch('merge.preview', { theirs: 'nowhere.gapboard' })).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('nowhere.gapboard') as unknown },
  });

  const applied = await dispatch('merge.apply', {
    theirs: 'theirs.gapboard',
    base: 'base.gapboard',
    resolutions: { 'requirement:R-3': 'theirs' },
  });
  expect(applied).toMatchObject({
    ok: true,
    value: { project: { dirty: true, undoLabel: 'Merge theirs.gapboard' } },
  });
  // Nothing reaches the disk before a save.
  expect(fileHash(file)).toBe(before);
  await dispatch('project.save', {});
  const saved = JSON.parse(readFileSync(file, 'utf8')) as typeof mine;
  expect(saved.requirements[2]!.target).toBe(0.9);
  expect(saved.requirements[0]!.rationale).toBe('users retype one formula in ten');
  await dispatch('project.undo', {});
  const view = await dispatch('project.current', {});
  expect(view).toMatchObject({ ok: true, value: { doc: { requirements: [{}, {}, { target: 0.85 }] } } });
});
