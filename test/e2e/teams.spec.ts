import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ProjectDocument } from '../../shared/schema';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());

const readDoc = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ProjectDocument;

test('start a project from a built-in template, then judge its manual requirement with evidence', async () => {
  app = await startApp();
  const { page } = app;
  const file = path.join(app.workDir, 'formulas.gapboard');
  await page.getByTestId('new-project-name').fill('Formula app');
  await page.getByTestId('new-project-path').fill(file);
  await page.getByTestId('new-project-template').selectOption('formula-photos');
  await page.getByTestId('create-project').click();
  await expect(page.getByTestId('screen-overview')).toBeVisible();
  await page.getByTestId('tab-requirements').click();
  await expect(page.getByTestId('requirement-row-R-5')).toContainText('manual');
  expect(readDoc(file).requirements.map((r) => r.metric)).toEqual([
    'error_rate',
    'latency_p95_ms',
    'model_size_mb',
    'data.min_class_count',
    'manual',
  ]);

  await page.getByTestId('tab-board').click();
  await expect(page.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('manual-value-R-5')).toHaveText('Not judged yet');
  await expect(page.getByTestId('board-card-R-5')).toHaveAttribute('data-status', 'untested');

  const shot = path.join(app.workDir, 'usability-test.txt');
  writeFileSync(shot, '5 of 5 students fixed a wrong minus sign in two taps');
  await page.getByTestId('manual-judge-R-5').click();
  const dialog = page.getByTestId('manual-dialog');
  await dialog.getByTestId('evidence-value').fill(shot);
  await dialog.getByTestId('evidence-attach').click();
  await expect(dialog.getByTestId('manual-evidence-0')).toContainText('evidence/R-5/usability-test.txt');
  await dialog.getByTestId('evidence-kind').selectOption('note');
  await dialog.getByTestId('evidence-value').fill('Tested with the new keyboard');
  await dialog.getByTestId('evidence-attach').click();
  await expect(dialog.getByTestId('manual-evidence-1')).toContainText('Tested with the new keyboard');
  await dialog.getByTestId('manual-verdict-met').click();
  await dialog.getByTestId('manual-by').fill('Kim');
  await dialog.getByTestId('manual-reason').fill('usability test passed');
  await dialog.getByTestId('manual-judge-save').click();
  await expect(dialog.getByTestId('manual-judgments')).toContainText('Met by Kim: usability test passed');
  await dialog.getByTestId('manual-done').click();

  await expect(page.getByTestId('board-card-R-5')).toHaveAttribute('data-status', 'met');
  await expect(page.getByTestId('manual-verdict-R-5')).toContainText('judged by Kim');
  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);
  const manual = readDoc(file).requirements[4]!.manual!;
  expect(manual.judgments).toMatchObject([{ verdict: 'met', by: 'Kim', reason: 'usability test passed' }]);
  expect(manual.evidence.map((e) => e.kind)).toEqual(['file', 'note']);
  expect(existsSync(path.join(app.workDir, 'evidence/R-5/usability-test.txt'))).toBe(true);
});

test("merge a teammate's copy: a conflict shown field by field, resolved with theirs", async () => {
  app = await startApp();
  const { page } = app;
  const file = path.join(app.workDir, 'ocr.gapboard');
  await page.getByTestId('new-project-name').fill('OCR');
  await page.getByTestId('new-project-path').fill(file);
  await page.getByTestId('new-project-template').selectOption('mobile-ocr');
  await page.getByTestId('create-project').click();
  await page.getByTestId('tab-requirements').click();
  await expect(page.getByTestId('requirement-row-R-4')).toBeVisible();

  const theirs = readDoc(file);
  theirs.requirements[0]!.target = 0.03;
  theirs.decisions.push({
    id: 'Q-1',
    question: 'Is a 20 MB model acceptable?',
    answer: 'Yes',
    askedBy: 'Lee',
    answeredBy: 'Park',
    status: 'answered',
    at: '2026-11-02T00:00:00.000Z',
    changed: '',
    requirements: ['R-3'],
    datasets: [],
  });
  theirs.counters.qa = 1;
  writeFileSync(path.join(app.workDir, 'theirs.gapboard'), JSON.stringify(theirs, null, 2) + '\n');

  await page.getByTestId('open-merge').click();
  const dialog = page.getByTestId('merge-dialog');
  await dialog.getByTestId('merge-theirs-path').fill('theirs.gapboard');
  await dialog.getByTestId('merge-preview').click();
  await expect(dialog.getByTestId('merge-taken')).toContainText('Q-1');
  const conflict = dialog.getByTestId('merge-conflict-requirement:R-1');
  await expect(conflict).toContainText('target');
  await expect(conflict).toContainText('0.05');
  await expect(conflict).toContainText('0.03');
  await expect(dialog.getByTestId('merge-apply')).toBeDisabled();
  await dialog.getByTestId('merge-resolve-requirement:R-1-theirs').click();
  await dialog.getByTestId('merge-apply').click();
  await expect(page.getByTestId('merge-dialog')).toHaveCount(0);
  await expect(page.getByTestId('dirty-indicator')).toBeVisible();

  await page.getByTestId('tab-requirements').click();
  await expect(page.getByTestId('requirement-row-R-1')).toContainText('≤ 0.03');
  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);
  const merged = readDoc(file);
  expect(merged.requirements[0]!.target).toBe(0.03);
  expect(merged.decisions.map((d) => d.id)).toEqual(['Q-1']);
});
