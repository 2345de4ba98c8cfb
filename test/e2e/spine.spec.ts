import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function addRequirement(
  page: Page,
  r: { title: string; metric: string; op: '>=' | '<='; target: string; priority: string },
) {
  await page.getByTestId('add-requirement').click();
  await page.getByTestId('req-title').fill(r.title);
  await page.getByTestId('req-metric').fill(r.metric);
  await page.getByTestId('req-op').selectOption(r.op);
  await page.getByTestId('req-target').fill(r.target);
  await page.getByTestId('req-priority').selectOption(r.priority);
  await page.getByTestId('req-save').click();
  await expect(page.getByTestId('requirement-form')).toHaveCount(0);
}

test('create a project, add two requirements, save, close, reopen: both are there', async () => {
  app = await startApp();
  const { page } = app;
  const file = path.join(app.workDir, 'digits.gapboard');
  await expect(page.getByTestId('welcome-screen')).toBeVisible();
  await page.getByTestId('new-project-name').fill('Digit recognizer');
  await page.getByTestId('new-project-path').fill(file);
  await page.getByTestId('create-project').click();
  await expect(page.getByTestId('screen-overview')).toBeVisible();

  await page.getByTestId('tab-requirements').click();
  await addRequirement(page, {
    title: 'Top-1 accuracy',
    metric: 'accuracy',
    op: '>=',
    target: '0.97',
    priority: 'must',
  });
  await addRequirement(page, {
    title: 'p95 latency',
    metric: 'latency_p95_ms',
    op: '<=',
    target: '5',
    priority: 'should',
  });
  await expect(page.getByTestId('dirty-indicator')).toBeVisible();
  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);

  await page.getByTestId('close-project').click();
  await expect(page.getByTestId('welcome-screen')).toBeVisible();
  await page.getByTestId('open-path').fill(file);
  await page.getByTestId('open-project').click();
  await page.getByTestId('tab-requirements').click();
  await expect(page.getByTestId('requirement-row-R-1')).toContainText('accuracy');
  await expect(page.getByTestId('requirement-row-R-2')).toContainText('latency_p95_ms');

  const doc = JSON.parse(readFileSync(file, 'utf8')) as {
    requirements: { metric: string; target: number; op: string }[];
  };
  expect(doc.requirements.map((r) => [r.metric, r.op, r.target])).toEqual([
    ['accuracy', '>=', 0.97],
    ['latency_p95_ms', '<=', 5],
  ]);
  // Re-saving an unchanged project rewrites identical bytes.
  const before = digest(file);
  await page.getByTestId('tab-overview').click();
  await page.getByTestId('project-description').fill('x');
  await page.getByTestId('project-description').fill('');
  await page.getByTestId('project-description').blur();
  await page.keyboard.press('Control+s');
  expect(digest(file)).toBe(before);
});

test('unsaved changes are confirmed before closing, and undo restores a deleted requirement', async () => {
  app = await startApp();
  const { page } = app;
  await page.getByTestId('new-project-name').fill('Guarded');
  await page.getByTestId('new-project-path').fill(path.join(app.workDir, 'guarded.gapboard'));
  await page.getByTestId('create-project').click();
  await page.getByTestId('tab-requirements').click();
  await addRequirement(page, { title: 'Size', metric: 'model_size_mb', op: '<=', target: '1', priority: 'must' });
  await page.getByTestId('req-delete-R-1').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('requirements-empty')).toBeVisible();
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('requirement-row-R-1')).toBeVisible();

  await page.getByTestId('close-project').click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await page.getByTestId('confirm-cancel').click();
  await expect(page.getByTestId('requirement-row-R-1')).toBeVisible();
  await page.getByTestId('close-project').click();
  await page.getByTestId('confirm-save').click();
  await expect(page.getByTestId('welcome-screen')).toBeVisible();
  const doc = JSON.parse(readFileSync(path.join(app.workDir, 'guarded.gapboard'), 'utf8')) as {
    requirements: unknown[];
  };
  expect(doc.requirements).toHaveLength(1);
});

test('a bad project file shows a message naming the problem and stays byte-identical', async () => {
  app = await startApp();
  const { page } = app;
  const bad = path.join(app.workDir, 'truncated.gapboard');
  writeFileSync(bad, '{"format":"gapboard","schemaVersion":1,"project":{"na');
  const before = digest(bad);
  await page.getByTestId('open-path').fill(bad);
  await page.getByTestId('open-project').click();
  await expect(page.getByTestId('error-banner')).toContainText('truncated.gapboard is not valid JSON');
  await expect(page.getByTestId('welcome-screen')).toBeVisible();
  expect(digest(bad)).toBe(before);

  const newer = path.join(app.workDir, 'newer.gapboard');
  writeFileSync(newer, JSON.stringify({ format: 'gapboard', schemaVersion: 99 }));
  await page.getByTestId('open-path').fill(newer);
  await page.getByTestId('open-project').click();
  await expect(page.getByTestId('error-banner').last()).toContainText('schemaVersion 99');
});

test('a serving target is added on the overview, checked, listed and saved', async () => {
  app = await startApp();
  const { page } = app;
  const file = path.join(app.workDir, 'targets.gapboard');
  await page.getByTestId('new-project-name').fill('Targets');
  await page.getByTestId('new-project-path').fill(file);
  await page.getByTestId('create-project').click();
  await page.getByTestId('add-serving-target').click();
  await page.getByTestId('st-save').click();
  await expect(page.getByTestId('st-error')).toContainText('name');
  await page.getByTestId('st-name').fill('teacher laptop');
  await page.getByTestId('st-mode').selectOption('local');
  await page.getByTestId('st-cores').fill('four');
  await page.getByTestId('st-save').click();
  await expect(page.getByTestId('st-error')).toContainText('positive numbers');
  await page.getByTestId('st-cores').fill('4');
  await page.getByTestId('st-ram').fill('8');
  await page.getByTestId('st-save').click();
  await expect(page.getByTestId('serving-target-ST-1')).toContainText('teacher laptop');
  await expect(page.getByTestId('serving-target-ST-1')).toContainText('4 cores');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { servingTargets: unknown[] };
  expect(doc.servingTargets).toEqual([
    {
      id: 'ST-1',
      name: 'teacher laptop',
      mode: 'local',
      hardware: { cpu: '', cores: 4, ramGb: 8, gpu: '' },
      runtime: { threads: null, executionProvider: 'cpu' },
    },
  ]);
});
