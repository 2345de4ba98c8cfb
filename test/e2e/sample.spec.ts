/**
 * The sample project as a new user meets it: "Open sample project" opens a fresh copy (the
 * committed sample never changes), the board shows every requirement with a value and the
 * history its three iterations, and re-running the candidate model's evaluation from the UI
 * reproduces the recorded quality metrics exactly.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ProjectDocument } from '../../shared/schema.js';
import { ROOT, startApp, type RunningApp } from './host';

const SAMPLE = path.join(ROOT, 'sample', 'digits.gapboard');
const STORE = path.join(ROOT, 'sample', 'digits.store');
const storeFiles = (dir: string) => readdirSync(dir).sort();
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const committed = () => JSON.parse(readFileSync(SAMPLE, 'utf8')) as ProjectDocument;
/** Speed, memory and size figures depend on the machine; everything else must repeat exactly. */
const isQuality = (key: string) => !/latency|qps|memory|model_size|params/.test(key);

let app: RunningApp;
test.afterEach(async () => app?.stop());

test('open the sample: the board shows every requirement with a value, the history three iterations', async () => {
  const before = digest(SAMPLE);
  const storeBefore = storeFiles(STORE);
  const doc = committed();
  app = await startApp();
  const { page } = app;
  await page.getByTestId('open-sample').click();
  // Opening copies ~3,000 sample files first: allow for a busy machine.
  await expect(page.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });
  const must = doc.requirements.filter((r) => r.priority === 'must').length;
  // Every must requirement is counted once: met, not met, untested or within noise.
  const tally = page.getByTestId('board-must');
  const counts = await Promise.all(
    ['data-met', 'data-unmet', 'data-untested', 'data-noise'].map((a) => tally.getAttribute(a)),
  );
  expect(counts.reduce((sum, x) => sum + Number(x), 0)).toBe(must);
  await expect(page.getByTestId('board-all')).toContainText(`/${doc.requirements.length}`);
  for (const r of doc.requirements) await expect(page.getByTestId(`card-value-${r.id}`)).not.toBeEmpty();

  await page.getByTestId('tab-history').click();
  await expect(page.locator('[data-testid="screen-history"][data-app-state="ready"]')).toBeVisible();
  expect(doc.iterations.filter((it) => it.status === 'closed')).toHaveLength(3);
  for (const it of doc.iterations) await expect(page.getByTestId(`history-point-R-1-${it.id}`)).toHaveCount(1);
  await expect(page.getByTestId('burndown-IT-3')).toHaveAttribute('data-must', /[1-9]/);

  // The copy lives in the app's data folder; the committed sample is untouched.
  await page.getByTestId('tab-overview').click();
  await expect(page.getByTestId('screen-overview')).toContainText(app.dataDir);
  expect(digest(SAMPLE)).toBe(before);
  expect(storeFiles(STORE)).toEqual(storeBefore);
  // The copy carries the sample's store: the per-sample data its links name.
  const [stamp] = readdirSync(path.join(app.dataDir, 'samples'));
  expect(storeFiles(path.join(app.dataDir, 'samples', stamp!, 'digits.store'))).toEqual(storeBefore);
});

test('re-running the candidate evaluation from the UI reproduces the recorded quality metrics', async () => {
  const doc = committed();
  const recorded = doc.runs.at(-1)!;
  const model = doc.models.find((m) => m.id === recorded.model)!;
  app = await startApp();
  const { page } = app;
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('screen-board')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('tab-runs').click();
  await page.getByTestId('runs-evaluate').click();
  const form = page.getByTestId('evaluate-form');
  await form.getByTestId('evaluate-model').selectOption(model.id);
  await form.getByTestId('evaluate-dataset').selectOption(recorded.dataset!.name);
  await form.getByTestId('evaluate-version').selectOption(String(recorded.dataset!.version));
  await form.getByTestId('evaluate-split').selectOption(recorded.dataset!.split ?? '');
  await form.getByTestId('evaluate-bench').setChecked(false);
  await form.getByTestId('evaluate-start').click();
  const job = page.getByTestId('run-job').last();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await job.getByTestId('run-job-open').click();
  await expect(page.getByTestId('run-page')).toBeVisible();
  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);

  const saved = findSavedCopy(app.dataDir);
  const rerun = saved.runs.at(-1)!;
  expect(rerun.id).not.toBe(recorded.id);
  const quality = Object.keys(recorded.metrics).filter(isQuality);
  expect(quality.length).toBeGreaterThan(20);
  for (const key of quality) expect({ key, value: rerun.metrics[key] }).toEqual({ key, value: recorded.metrics[key] });
  expect(rerun.confusion).toEqual(recorded.confusion);
  // The same predictions make the same store file, so the same link as the recorded run's.
  const original = saved.runs.find((r) => r.id === recorded.id)!;
  expect(rerun.predictions?.store).toEqual(original.predictions?.store);
  expect(rerun.predictions?.store).toEqual(recorded.predictions?.store);
  expect(rerun.predictions?.store).toMatch(/^[0-9a-f]{64}$/);
});

/** The sample copy the app made under its data folder (samples/<stamp>/digits.gapboard). */
function findSavedCopy(dataDir: string): ProjectDocument {
  const stamps = readdirSync(path.join(dataDir, 'samples'));
  expect(stamps).toHaveLength(1);
  return JSON.parse(
    readFileSync(path.join(dataDir, 'samples', stamps[0]!, 'digits.gapboard'), 'utf8'),
  ) as ProjectDocument;
}
