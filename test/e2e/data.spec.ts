/**
 * The Data screen end to end: register versions from a real image folder, diff them, price a
 * labeling batch, and leave a bad file out — through the UI, checked against the file on disk.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { startApp, type RunningApp } from './host';
import type { SampleLink } from '../../shared/schema.js';
import { readSamples, versionUse } from '../../main/core/store/sample-data.js';

let app: RunningApp;
test.afterEach(async () => app?.stop());

/** A tiny grayscale PNG whose pixels depend on `seed`, so every file has its own hash. */
function tinyPng(seed: number): Buffer {
  const png = new PNG({ width: 8, height: 8 });
  for (let i = 0; i < png.data.length; i += 4) {
    const v = (seed * 37 + i * 11) % 256;
    png.data[i] = png.data[i + 1] = png.data[i + 2] = v;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** Writes `<root>/<class>/<nnn>.png` for each class and index; returns the relative paths. */
function writeDigits(root: string, classes: string[], from: number, to: number): string[] {
  const written: string[] = [];
  for (const cls of classes) {
    mkdirSync(path.join(root, cls), { recursive: true });
    for (let i = from; i < to; i++) {
      const rel = `${cls}/${String(i).padStart(3, '0')}.png`;
      writeFileSync(path.join(root, rel), tinyPng(Number(cls) * 1000 + i));
      written.push(rel);
    }
  }
  return written;
}

async function createProject(page: Page, file: string): Promise<void> {
  await page.getByTestId('new-project-name').fill('Digit recognizer');
  await page.getByTestId('new-project-path').fill(file);
  await page.getByTestId('create-project').click();
  await page.getByTestId('tab-data').click();
  await expect(page.locator('[data-testid="screen-data"][data-app-state="ready"]')).toBeVisible();
}

/** Fills the register form and scans; the review appears when the job is done. */
async function scan(page: Page, source: string): Promise<void> {
  if (await page.getByTestId('data-new-version').isEnabled()) await page.getByTestId('data-new-version').click();
  await page.getByTestId('register-name').fill('digits');
  await page.getByTestId('register-path').fill(source);
  await page.getByTestId('register-scan').click();
  await expect(page.getByTestId('scan-review')).toBeVisible();
}

type Doc = {
  datasets: {
    name: string;
    versions: {
      version: number;
      parent?: number;
      samples: SampleLink;
      batches: {
        vendor: string;
        unitPrice: number;
        delivered: number;
        accepted: number;
        qa: { question: string; requirement?: string }[];
      }[];
    }[];
  }[];
};

test('register v1, add 10 files, register v2: the diff shows exactly those 10; a labeling batch is priced and saved', async () => {
  app = await startApp();
  const { page, workDir } = app;
  const file = path.join(workDir, 'digits.gapboard');
  const data = path.join(workDir, 'data', 'digits');
  writeDigits(data, ['0', '1', '2'], 0, 5);
  await createProject(page, file);
  await expect(page.getByTestId('datasets-empty')).toBeVisible();

  await scan(page, 'data/digits');
  await expect(page.getByTestId('scan-found')).toContainText('15 valid samples in 3 classes');
  await expect(page.getByTestId('scan-issues')).toHaveCount(0);
  await page.getByTestId('scan-register').click();
  await expect(page.getByTestId('version-view')).toHaveAttribute('data-version', 'digits@v1');
  await expect(page.getByTestId('stat-count')).toHaveText('15');

  const added = [...writeDigits(data, ['0', '1'], 5, 8), ...writeDigits(data, ['2'], 5, 9)];
  expect(added).toHaveLength(10);
  await scan(page, 'data/digits');
  await expect(page.getByTestId('scan-found')).toContainText('25 valid samples');
  await page.getByTestId('scan-register').click();
  await expect(page.getByTestId('version-view')).toHaveAttribute('data-version', 'digits@v2');

  await page.getByTestId('vtab-diff').click();
  await expect(page.getByTestId('diff-summary')).toContainText('v1 → v2');
  await expect(page.getByTestId('diff-count-added')).toHaveAttribute('data-count', '10');
  for (const kind of ['removed', 'relabeled', 'modified', 'moved']) {
    await expect(page.getByTestId(`diff-count-${kind}`)).toHaveAttribute('data-count', '0');
  }
  const shown = await page.getByTestId('diff-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
  expect(shown.sort()).toEqual([...added].sort());
  // Thumbnails load from the project folder through the host.
  await expect(page.getByTestId('diff-item').first().locator('img.thumb')).toHaveJSProperty('complete', true);
  expect(
    await page
      .getByTestId('diff-item')
      .first()
      .locator('img.thumb')
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBe(8);

  await page.getByTestId('vtab-labeling').click();
  await expect(page.getByTestId('batches-empty')).toBeVisible();
  await page.getByTestId('batch-add').click();
  await page.getByTestId('batch-vendor').fill('Acme Labeling');
  await page.getByTestId('batch-guide-file').fill('guides/digits.pdf');
  await page.getByTestId('batch-guide-version').fill('1.2');
  await page.getByTestId('batch-currency').fill('USD');
  await page.getByTestId('batch-unitPrice').fill('0.4');
  await page.getByTestId('batch-ordered').fill('120');
  await page.getByTestId('batch-delivered').fill('100');
  await page.getByTestId('batch-accepted').fill('80');
  await expect(page.getByTestId('batch-preview')).toContainText('40.00 USD');
  await page.getByTestId('qa-add').click();
  await page.getByTestId('qa-question-0').fill('Is a crossed 7 a 7?');
  await page.getByTestId('qa-answer-0').fill('Yes');
  await page.getByTestId('qa-asked-0').fill('vendor');
  await page.getByTestId('qa-status-0').selectOption('answered');
  await page.getByTestId('batch-save').click();
  await expect(page.getByTestId('batch-form')).toHaveCount(0);
  await expect(page.getByTestId('totals-v2-cost')).toHaveText('40.00 USD');
  await expect(page.getByTestId('totals-v2-per-accepted')).toHaveText('0.50 USD');
  await expect(page.getByTestId('totals-v2-cumulative')).toHaveText('40.00 USD');

  // Editing the batch moves the totals on screen at once.
  await page.getByTestId('batch-edit-LB-1').click();
  await page.getByTestId('batch-accepted').fill('100');
  await page.getByTestId('batch-save').click();
  await expect(page.getByTestId('totals-v2-per-accepted')).toHaveText('0.40 USD');
  await expect(page.getByTestId('totals-all-cost')).toHaveText('40.00 USD');

  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Doc;
  const [v1, v2] = doc.datasets[0]!.versions;
  expect(v1!.samples.rows).toBe(15);
  expect(v2).toMatchObject({ version: 2, parent: 1 });
  expect(v2!.samples.rows).toBe(25);
  expect(v2!.batches).toEqual([
    expect.objectContaining({
      vendor: 'Acme Labeling',
      unitPrice: 0.4,
      delivered: 100,
      accepted: 100,
      qa: [{ question: 'Is a crossed 7 a 7?', answer: 'Yes', askedBy: 'vendor', status: 'answered' }],
    }),
  ]);
});

test('a 0-byte PNG is listed as an issue; cancelling writes nothing, registering leaves it out', async () => {
  app = await startApp();
  const { page, workDir } = app;
  const file = path.join(workDir, 'digits.gapboard');
  const data = path.join(workDir, 'data', 'digits');
  writeDigits(data, ['0', '1'], 0, 4);
  writeFileSync(path.join(data, '1', 'broken.png'), '');
  await createProject(page, file);

  await scan(page, data); // an absolute path works too
  await expect(page.getByTestId('scan-issue')).toHaveCount(1);
  await expect(page.getByTestId('scan-issue')).toContainText('1/broken.png');
  await expect(page.getByTestId('scan-register')).toHaveText('Register without this file');
  await page.getByTestId('scan-discard').click();
  await expect(page.getByTestId('scan-review')).toHaveCount(0);
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);

  await page.getByTestId('register-scan').click();
  await expect(page.getByTestId('scan-issue')).toHaveCount(1);
  await page.getByTestId('scan-register').click();
  await expect(page.getByTestId('version-view')).toHaveAttribute('data-version', 'digits@v1');
  await expect(page.getByTestId('stat-count')).toHaveText('8');
  await page.getByTestId('vtab-samples').click();
  await expect(page.getByTestId('sample-tile')).toHaveCount(8);

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Doc;
  const store = path.join(workDir, 'digits.store');
  const paths = (await readSamples(store, doc.datasets[0]!.versions[0]!.samples, versionUse('digits', 1))).map(
    (s) => s.path,
  );
  expect(paths).toHaveLength(8);
  expect(paths).not.toContain('1/broken.png');
});

test('scanning the same files again says which version they repeat; registering them needs a tick', async () => {
  app = await startApp();
  const { page, workDir } = app;
  const data = path.join(workDir, 'data', 'digits');
  writeDigits(data, ['0', '1'], 0, 3);
  await createProject(page, path.join(workDir, 'digits.gapboard'));

  await scan(page, 'data/digits');
  await expect(page.getByTestId('scan-same-as')).toHaveCount(0);
  await page.getByTestId('scan-register').click();
  await expect(page.getByTestId('version-view')).toHaveAttribute('data-version', 'digits@v1');

  await scan(page, 'data/digits');
  await expect(page.getByTestId('scan-same-as')).toContainText('exactly those of digits v1');
  await expect(page.getByTestId('scan-register')).toBeDisabled();
  await page.getByTestId('scan-allow-unchanged').check();
  await expect(page.getByTestId('scan-register')).toBeEnabled();
  await page.getByTestId('scan-register').click();
  await expect(page.getByTestId('version-view')).toHaveAttribute('data-version', 'digits@v2');
});
