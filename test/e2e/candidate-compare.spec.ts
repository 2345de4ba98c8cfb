/**
 * The numbers a lead can stand behind, in the sample project: the evaluate form starts on the
 * data the must requirements are scored on (and asks before training data), evaluating another
 * model leaves the board on the chosen candidate until "Make candidate", and comparing runs on
 * different versions says the sample sets differ and how many samples they share.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ProjectDocument } from '../../shared/schema.js';
import { ROOT, startApp, type RunningApp } from './host';

const doc = JSON.parse(readFileSync(path.join(ROOT, 'sample', 'digits.gapboard'), 'utf8')) as ProjectDocument;

let app: RunningApp;
test.afterEach(async () => app?.stop());

async function openSample(): Promise<Page> {
  app = await startApp();
  const { page } = app;
  await page.getByTestId('open-sample').click();
  // Opening copies ~3,000 sample files first: allow for a busy machine.
  await expect(page.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });
  return page;
}

const boardReady = (page: Page) => page.locator('[data-testid="screen-board"][data-app-state="ready"]');

test('evaluating another model leaves the board on the candidate; Make candidate moves it', async () => {
  const page = await openSample();
  const candidate = doc.candidate!.run;
  const r1 = doc.runs.find((r) => r.id === candidate)!.metrics.accuracy!;
  await expect(page.getByTestId('board-run')).toHaveAttribute('data-source', 'candidate');
  await expect(page.getByTestId('board-run-link')).toHaveText(candidate);
  await expect(page.getByTestId('card-value-R-1')).toHaveText(String(Number(r1.toPrecision(4))));
  // 0.939 against 0.93 on 700 samples: the interval holds the target.
  await expect(page.getByTestId('card-noise-R-1')).toBeVisible();
  await expect(page.getByTestId('board-must')).toHaveAttribute('data-noise', /[1-9]/);

  // The form starts on the must requirements' data: the newest version's test split.
  await page.getByTestId('tab-runs').click();
  await page.getByTestId('runs-evaluate').click();
  const form = page.getByTestId('evaluate-form');
  await expect(form.getByTestId('evaluate-version')).toHaveValue('3');
  await expect(form.getByTestId('evaluate-split')).toHaveValue('test');
  await expect(form.getByTestId('evaluate-training-warn')).toHaveCount(0);
  // All samples include the training split: warned, and asked before it runs.
  await form.getByTestId('evaluate-split').selectOption('');
  await expect(form.getByTestId('evaluate-training-warn')).toBeVisible();
  await form.getByTestId('evaluate-start').click();
  await expect(form.getByTestId('evaluate-training-confirm')).toBeVisible();
  await form.getByTestId('evaluate-training-no').click();
  await expect(page.getByTestId('run-job')).toHaveCount(0);
  await form.getByTestId('evaluate-split').selectOption('test');

  // The baseline model on the same data: a newer, weaker run.
  const softmax = doc.models[0]!;
  await form.getByTestId('evaluate-model').selectOption(softmax.id);
  await form.getByTestId('evaluate-bench').setChecked(false);
  await form.getByTestId('evaluate-start').click();
  const job = page.getByTestId('run-job').last();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const newId = `RUN-${doc.runs.length + 1}`;

  // The board still scores the candidate and says a newer run exists.
  await page.getByTestId('tab-board').click();
  await expect(boardReady(page)).toBeVisible();
  await expect(page.getByTestId('board-run-link')).toHaveText(candidate);
  await expect(page.getByTestId('card-value-R-1')).toHaveText(String(Number(r1.toPrecision(4))));
  await expect(page.getByTestId('board-newer')).toHaveAttribute('data-run', newId);

  // Make candidate on the new run's page: now the board scores it.
  await page.getByTestId('tab-runs').click();
  await page.locator(`[data-testid="run-row"][data-run="${newId}"] [data-testid="run-open"]`).click();
  await expect(page.getByTestId('run-page')).toHaveAttribute('data-run', newId);
  await page.getByTestId('run-make-candidate').click();
  await expect(page.getByTestId('run-candidate-badge')).toBeVisible();
  await page.getByTestId('tab-board').click();
  await expect(boardReady(page)).toBeVisible();
  await expect(page.getByTestId('board-run-link')).toHaveText(newId);
  await expect(page.getByTestId('board-newer')).toHaveCount(0);
  await expect(page.getByTestId('card-value-R-1')).not.toHaveText(String(Number(r1.toPrecision(4))));
  await expect(page.getByTestId('board-card-R-1')).toHaveAttribute('data-status', 'unmet');
});

test('comparing RUN-1 and RUN-3 says the sample sets differ and how many samples they share', async () => {
  const page = await openSample();
  await page.getByTestId('tab-runs').click();
  for (const id of ['RUN-1', 'RUN-3'])
    await page.locator(`[data-testid="run-row"][data-run="${id}"] [data-testid="run-pick"]`).check();
  await page.getByTestId('compare-open').click();
  const view = page.locator('[data-testid="compare-view"][data-state="ready"]');
  await expect(view).toBeVisible();
  const v1 = doc.datasets[0]!.versions[0]!.stats.splits.test!;
  await expect(page.getByTestId('compare-sets')).toHaveAttribute('data-differ', 'true');
  await expect(page.getByTestId('compare-sets')).toContainText('digits@v1:test');
  await expect(page.getByTestId('compare-sets')).toContainText('digits@v3:test');
  await expect(page.getByTestId('compare-n-common')).toHaveAttribute('data-value', String(v1));
  await expect(page.getByTestId('compare-n-common')).toHaveText(`${v1} in common.`);
  // v3 fixed labels and added augmentation: on the shared samples RUN-3 is significantly better.
  const delta = page.locator('[data-testid="compare-row"][data-key="accuracy"] [data-testid="compare-delta"]');
  await expect(delta).toHaveAttribute('data-significant', 'true');
  await expect(delta).toHaveAttribute('data-tone', 'better');
  await expect(page.locator('[data-testid="compare-row"][data-key="accuracy"] [data-testid="compare-p"]')).toHaveText(
    '< 0.001',
  );
  // Make candidate from the comparison.
  await page.locator('[data-testid="compare-run"][data-run="RUN-1"] [data-testid="run-make-candidate"]').click();
  await expect(
    page.locator('[data-testid="compare-run"][data-run="RUN-1"] [data-testid="run-candidate-badge"]'),
  ).toBeVisible();
});
