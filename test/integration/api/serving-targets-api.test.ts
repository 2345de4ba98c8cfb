import path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';

const laptop = {
  name: 'laptop-cpu',
  mode: 'local',
  hardware: { cpu: 'x86-64', cores: 4, ramGb: 8, gpu: '' },
  runtime: { threads: 1, executionProvider: 'cpu' },
};

it('serving targets are added with stable ids, refused when malformed, kept while a requirement names them', async () => {
  const dir = tempDir();
  const { dispatch } = createCore({ host: 'browser', dataDir: dir, prefs: createMemoryPrefs(), now: FIXED_NOW });
  const file = path.join(dir, 'p.gapboard');
  await dispatch('project.create', { path: file, name: 'Digits' });

  expect(await dispatch('servingTargets.add', laptop)).toMatchObject({ ok: true, value: { id: 'ST-1' } });
  expect(await dispatch('servingTargets.add', laptop)).toMatchObject({
    ok: false,
    error: { code: 'BAD_ARGUMENT', message: 'A serving target named "laptop-cpu" already exists.' },
  });
  const badCores = await dispatch('servingTargets.add', {
    ...laptop,
    name: 'x',
    hardware: { ...laptop.hardware, cores: -2 },
  });
  expect(badCores).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: /hardware\.cores/ } });
  const badMode = await dispatch('servingTargets.add', { ...laptop, name: 'y', mode: 'edge' });
  expect(badMode).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: /mode/ } });

  await dispatch('requirements.add', { metric: 'latency_p95_ms', op: '<=', target: 5, servingTarget: 'ST-1' });
  expect(await dispatch('servingTargets.remove', { id: 'ST-1' })).toMatchObject({
    ok: false,
    error: { message: 'ST-1 is named by R-1; change those requirements first.' },
  });
  await dispatch('requirements.remove', { id: 'R-1' });
  expect(await dispatch('servingTargets.remove', { id: 'ST-1' })).toMatchObject({ ok: true });
  await dispatch('project.undo', {});
  await dispatch('project.save', {});
  const doc = JSON.parse(readFileSync(file, 'utf8')) as {
    servingTargets: { id: string; hardware: { cores: number } }[];
  };
  expect(doc.servingTargets).toEqual([{ id: 'ST-1', ...laptop }]);
});
