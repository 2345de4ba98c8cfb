/**
 * Models & runs end to end: register two ONNX classifiers through the UI, evaluate them on a
 * dataset version with live progress, read the run page, find the known misclassified samples
 * in the error gallery, and compare the two runs — all against answers worked out by hand.
 *
 * The fixture is three shades of gray (4×4 PNGs listed in a JSONL manifest) and a linear
 * "brightness" classifier over the mean gray level m (0…1), classes in sorted order:
 *   model A: dark if m < 1/3, light if m > 2/3, else mid;
 *   model B: dark if m < 7/12, light if m > 2/3, else mid (it swallows the mids).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { runCli } from '../../main/core/cli/run-cli.js';
import { linearModel, writeOnnxModel } from '../../main/core/models/onnx-writer.js';
import { startApp, type RunningApp } from './host';

/**
 * The project and the host's working folder live in the system temp folder, outside the
 * repository: the evaluation workers must find their loader from anywhere a user starts the host.
 */
const WORK_ROOT = os.tmpdir();

const CLASSES = ['dark', 'light', 'mid'] as const;
type Cls = (typeof CLASSES)[number];

/** [file, label, gray level 0…1, slices]: five clean samples per class plus three known errors. */
const SAMPLES: [string, Cls, number, string[]][] = [
  ...CLASSES.flatMap((c) =>
    [0, 1, 2, 3, 4].map((i): [string, Cls, number, string[]] => [
      `${c}/${i}.png`,
      c,
      { dark: 0.15, mid: 0.5, light: 0.85 }[c] + i * 0.01,
      i === 0 ? ['rotated'] : [],
    ]),
  ),
  ['dark/odd.png', 'dark', 0.55, ['rotated']],
  ['light/odd.png', 'light', 0.45, []],
  ['mid/odd.png', 'mid', 0.9, ['rotated']],
];
const ERRORS_A = ['data/shades/dark/odd.png', 'data/shades/light/odd.png', 'data/shades/mid/odd.png'];

function grayPng(level: number): Buffer {
  const png = new PNG({ width: 4, height: 4 });
  const v = Math.round(level * 255);
  for (let i = 0; i < 16; i++) png.data.set([v, v, v, 255], i * 4);
  return PNG.sync.write(png);
}

/**
 * Flatten → Gemm → Softmax over [N, 1, 4, 4]; logits in class order (dark, light, mid):
 * dark = −12·m + darkBias, light = 12·m − 8, mid = 0.
 */
function brightnessModel(darkBias: number): Buffer {
  const W: number[] = [];
  for (let k = 0; k < 16; k++) W.push(-12 / 16, 12 / 16, 0);
  return writeOnnxModel({
    inputs: [{ name: 'x', shape: ['N', 1, 4, 4] }],
    outputs: [{ name: 'y', shape: ['N', 3] }],
    nodes: [
      { op: 'Flatten', inputs: ['x'], outputs: ['f'], attrs: { axis: 1 } },
      { op: 'Gemm', inputs: ['f', 'W', 'b'], outputs: ['logits'] },
      { op: 'Softmax', inputs: ['logits'], outputs: ['y'], attrs: { axis: 1 } },
    ],
    initializers: [
      { name: 'W', dims: [16, 3], data: W },
      { name: 'b', dims: [3], data: [darkBias, -8, 0] },
    ],
  });
}

/** Images, manifest and models on disk; the project made with the CLI, in-process. */
/**
 * The shades project; with `models`, both models added through the CLI, and with `runs` also
 * evaluated, so a test about one step does not spend its time budget on the steps before it.
 */
type Setup = 'none' | 'models' | 'runs';
async function buildProject(dir: string, setupLevel: Setup = 'none'): Promise<string> {
  const data = path.join(dir, 'data', 'shades');
  for (const [file, , level] of SAMPLES) {
    mkdirSync(path.dirname(path.join(data, file)), { recursive: true });
    writeFileSync(path.join(data, file), grayPng(level));
  }
  const manifest = SAMPLES.map(([file, label, , slices]) => JSON.stringify({ file, label, split: 'test', slices }));
  writeFileSync(path.join(data, 'manifest.jsonl'), manifest.join('\n') + '\n');
  mkdirSync(path.join(dir, 'models'));
  writeFileSync(path.join(dir, 'models', 'shades-a.onnx'), brightnessModel(4));
  writeFileSync(path.join(dir, 'models', 'shades-b.onnx'), brightnessModel(7));
  // A table model ([N, 16] input): it cannot read images, so its run fails with a reason.
  writeFileSync(
    path.join(dir, 'models', 'table.onnx'),
    linearModel({ weights: Array.from({ length: 16 }, () => [1, 0, 0]) }),
  );

  const file = path.join(dir, 'shades.gapboard');
  let errors = '';
  const io = {
    out: () => undefined,
    err: (t: string) => void (errors += t),
    cwd: dir,
    now: () => new Date().toISOString(),
  };
  const setup = [
    ['new', file, '--name', 'Shades'],
    ['dataset', 'add', file, '--name', 'shades', '--path', 'data/shades/manifest.jsonl', '--layout', 'jsonl'],
  ];
  if (setupLevel !== 'none') {
    for (const m of ['shades-a', 'shades-b']) {
      setup.push(['model', 'add', file, '--path', `models/${m}.onnx`, '--name', m]);
    }
  }
  if (setupLevel === 'runs') {
    for (const m of ['shades-a', 'shades-b']) {
      setup.push(['eval', file, '--model', m, '--dataset', 'shades@v1:test', '--record']);
    }
  }
  for (const argv of setup) {
    if ((await runCli(argv, io)) !== 0) throw new Error(`gapboard ${argv.join(' ')}: ${errors}`);
  }
  return file;
}

async function addModel(page: Page, file: string, name: string, input = 'x float32 [N, 1, 4, 4]'): Promise<void> {
  await page.getByTestId('runs-add-model').click();
  await page.getByTestId('add-model-path').fill(file);
  await page.getByTestId('add-model-inspect').click();
  await expect(page.getByTestId('inspect-facts-inputs')).toHaveText(input);
  await expect(page.getByTestId('inspect-facts-params')).toHaveText('51');
  await page.getByTestId('add-model-name').fill(name);
  await page.getByTestId('add-model-submit').click();
  await expect(page.locator(`[data-testid="model-row"][data-model="${name}"]`)).toBeVisible();
}

/** Starts an evaluation from the form and waits for its job to finish; returns the run id. */
async function evaluate(page: Page, model: string, opts: { batch: string; bench: boolean }): Promise<string> {
  await page.locator(`[data-testid="model-row"][data-model="${model}"]`).getByTestId('model-evaluate').click();
  const form = page.getByTestId('evaluate-form');
  await expect(form.getByTestId('preprocessing-defaults')).toContainText('4×4, grayscale, NCHW');
  await expect(form.getByTestId('pre-classes')).toHaveAttribute('placeholder', CLASSES.join(', '));
  await form.getByTestId('evaluate-batch').fill(opts.batch);
  await form.getByTestId('evaluate-bench').setChecked(opts.bench);
  await form.getByTestId('evaluate-start').click();
  const job = page.getByTestId('run-job').last();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(job.getByTestId('job-counts')).toContainText(`${SAMPLES.length} / ${SAMPLES.length} samples`);
  const open = job.getByTestId('run-job-open');
  const id = ((await open.textContent()) ?? '').replace(/^Open /, '');
  await open.click();
  await expect(page.getByTestId('run-page')).toHaveAttribute('data-run', id);
  return id;
}

const cell = (page: Page, truth: Cls, pred: Cls, testId = 'confusion') =>
  page.getByTestId(testId).locator(`[data-testid="cm-cell"][data-truth="${truth}"][data-pred="${pred}"]`);

let app: RunningApp;
let workDir: string;
test.afterEach(async () => {
  await app?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

async function openRuns(setupLevel: Setup = 'none'): Promise<Page> {
  mkdirSync(WORK_ROOT, { recursive: true });
  workDir = mkdtempSync(path.join(WORK_ROOT, 'gapboard-runs-'));
  const file = await buildProject(workDir, setupLevel);
  app = await startApp([file], { workDir });
  const { page } = app;
  await page.getByTestId('tab-runs').click();
  await expect(page.locator('[data-testid="screen-runs"][data-app-state="ready"]')).toBeVisible();
  return page;
}

test('a model added in the UI shows its facts before and after adding', async () => {
  const page = await openRuns();
  await expect(page.getByTestId('models-empty')).toBeVisible();
  await expect(page.getByTestId('runs-empty')).toBeVisible();

  // Model A, its facts read before adding and kept in the list (operator histogram on expand).
  await addModel(page, 'models/shades-a.onnx', 'shades-a');
  const rowA = page.locator('[data-testid="model-row"][data-model="shades-a"]');
  await rowA.getByTestId('model-expand').click();
  const ops = await page
    .getByTestId('model-facts-ops')
    .getByTestId('op-row')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-op')}:${e.getAttribute('data-count')}`));
  expect(ops.sort()).toEqual(['Flatten:1', 'Gemm:1', 'Softmax:1']);
});

test('evaluate a model with progress and the speed pass, read its metrics and confusion', async () => {
  const page = await openRuns('models');
  await expect(page.getByTestId('runs-empty')).toBeVisible();

  // Evaluate A with the speed pass: progress reaches done, the run page opens.
  const runA = await evaluate(page, 'shades-a', { batch: '4', bench: true });
  await expect(page.locator('[data-testid="run-row"]')).toHaveCount(1);
  await expect(page.locator(`[data-testid="run-row"][data-run="${runA}"]`)).toHaveAttribute('data-status', 'done');
  const accuracy = page.locator('[data-testid="metric-row"][data-key="accuracy"]');
  expect(Number(await accuracy.getAttribute('data-value'))).toBeCloseTo(15 / 18, 10);
  await expect(cell(page, 'dark', 'dark')).toHaveAttribute('data-value', '5');
  await expect(cell(page, 'dark', 'mid')).toHaveAttribute('data-value', '1');
  await expect(cell(page, 'mid', 'light')).toHaveAttribute('data-value', '1');
  await expect(cell(page, 'light', 'mid')).toHaveAttribute('data-value', '1');
  // Hover reads a cell out.
  await cell(page, 'dark', 'mid').hover();
  await expect(page.getByTestId('confusion-readout')).toHaveText('true dark → predicted mid: 1 (16.7% of dark)');
  // …and so does the keyboard: the arrows move between cells.
  await page.mouse.move(0, 0);
  await cell(page, 'mid', 'mid').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('confusion-readout')).toHaveText('true mid → predicted mid: 5 (83.3% of mid)');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('confusion-readout')).toHaveText('true light → predicted mid: 1 (16.7% of light)');
  await expect(page.locator('[data-testid="class-row"][data-class="dark"] [data-testid="class-recall"]')).toContainText(
    '0.8333',
  );
  await expect(page.getByTestId('latency-histogram')).toBeVisible();
  expect(await page.getByTestId('latency-bar').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('env-preprocessing')).toContainText('4×4 grayscale NCHW');
});

test('the error gallery of a recorded run holds exactly its known errors, filtered by class, slice and confusion cell', async () => {
  const page = await openRuns('runs');
  const runA = 'RUN-1';
  await page.locator(`[data-testid="run-row"][data-run="${runA}"] [data-testid="run-open"]`).click();
  await expect(page.getByTestId('run-page')).toHaveAttribute('data-run', runA);

  // The error gallery holds exactly the three known misclassified samples, with their images.
  await page.getByTestId('run-tab-errors').click();
  const gallery = page.locator('[data-testid="error-gallery"][data-state="ready"]');
  await expect(gallery).toHaveAttribute('data-total', '3');
  const files = await page
    .getByTestId('gallery-item')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-file')));
  expect(files.sort()).toEqual(ERRORS_A);
  const odd = page.locator('[data-testid="gallery-item"][data-file="data/shades/mid/odd.png"]');
  await expect(odd).toHaveAttribute('data-truth', 'mid');
  await expect(odd).toHaveAttribute('data-pred', 'light');
  await expect(odd.locator('img')).toHaveJSProperty('complete', true);
  expect(await odd.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(4);
  // Filters: by true class, then by slice.
  await page.getByTestId('gallery-truth').selectOption('dark');
  await expect(gallery).toHaveAttribute('data-total', '1');
  await expect(page.getByTestId('gallery-item')).toHaveAttribute('data-file', 'data/shades/dark/odd.png');
  await page.getByTestId('gallery-truth').selectOption('');
  await page.getByTestId('gallery-slice').selectOption('rotated');
  await expect(gallery).toHaveAttribute('data-total', '2');
  // A confusion cell on the summary opens the gallery on exactly those samples.
  await page.getByTestId('run-tab-summary').click();
  await cell(page, 'light', 'mid').click();
  await expect(gallery).toHaveAttribute('data-total', '1');
  await expect(page.getByTestId('gallery-item')).toHaveAttribute('data-file', 'data/shades/light/odd.png');
});

test('two recorded runs compare: deltas, their tone and the confusion difference, both ways', async () => {
  const page = await openRuns('runs');
  const [runA, runB] = ['RUN-1', 'RUN-2'];
  // B was evaluated without the speed pass: its page has no latency histogram.
  await page.locator(`[data-testid="run-row"][data-run="${runB}"] [data-testid="run-open"]`).click();
  await expect(page.getByTestId('run-page')).toHaveAttribute('data-run', runB);
  await expect(page.getByTestId('latency-histogram')).toHaveCount(0);

  // Compare: B loses accuracy and moves the mids into dark; on 18 samples (5 discordant pairs
  // against B, 1 for it: McNemar p = 0.22) that is no significant change, so it is not coloured.
  await page.locator(`[data-testid="run-row"][data-run="${runA}"] [data-testid="run-pick"]`).check();
  await page.locator(`[data-testid="run-row"][data-run="${runB}"] [data-testid="run-pick"]`).check();
  await page.getByTestId('compare-open').click();
  await expect(page.getByTestId('compare-view')).toBeVisible();
  const runs = await page.getByTestId('compare-run').evaluateAll((els) => els.map((e) => e.getAttribute('data-run')));
  expect(runs).toEqual([runA, runB]);
  const delta = page.locator('[data-testid="compare-row"][data-key="accuracy"] [data-testid="compare-delta"]');
  await expect(page.getByTestId('compare-sets')).toHaveAttribute('data-differ', 'false');
  await expect(page.getByTestId('compare-n-common')).toHaveAttribute('data-value', '18');
  await expect(delta).toHaveAttribute('data-tone', 'worse');
  await expect(delta).toHaveAttribute('data-significant', 'false');
  expect(Number(await delta.getAttribute('data-value'))).toBeCloseTo(-4 / 18, 12);
  // Accuracy's 95% interval on 18 samples is about ±0.2: two decimals, no more.
  await expect(delta).toHaveText('−0.22');
  const p = page.locator('[data-testid="compare-row"][data-key="accuracy"] [data-testid="compare-p"]');
  await expect(p).toHaveText('0.219');
  // Rates per true class (6 samples each), counts on hover: 5 of 6 mids moved into dark.
  const midDark = cell(page, 'mid', 'dark', 'confusion-diff');
  await expect(midDark).toHaveAttribute('data-count-diff', '5');
  expect(Number(await midDark.getAttribute('data-value'))).toBeCloseTo(5 / 6, 12);
  await expect(midDark).toHaveText('+83%');
  await expect(midDark).toHaveAttribute('title', `${runA}: 0 of 6 → ${runB}: 5 of 6`);
  await expect(cell(page, 'mid', 'mid', 'confusion-diff')).toHaveAttribute('data-count-diff', '-5');
  await expect(cell(page, 'dark', 'dark', 'confusion-diff')).toHaveAttribute('data-count-diff', '1');
  // Swapping the base flips the signs.
  await page.getByTestId('compare-base').selectOption(runB);
  await expect(delta).toHaveAttribute('data-tone', 'better');
  await expect(cell(page, 'mid', 'dark', 'confusion-diff')).toHaveAttribute('data-count-diff', '-5');
});

test('an evaluation can be cancelled while the screen stays usable; a model that cannot read the data fails with its reason', async () => {
  const page = await openRuns('models');

  // The speed pass keeps the job running for seconds: time to use the screen, then cancel.
  await page.locator('[data-testid="model-row"][data-model="shades-a"]').getByTestId('model-evaluate').click();
  await page.getByTestId('evaluate-bench').setChecked(true);
  await page.getByTestId('evaluate-start').click();
  const job = page.getByTestId('run-job').last();
  await expect(job).toHaveAttribute('data-status', 'running');
  await page.getByTestId('runs-models').click();
  await page.locator('[data-testid="model-row"][data-model="shades-a"]').getByTestId('model-expand').click();
  await expect(page.getByTestId('model-facts')).toBeVisible();
  await job.getByTestId('job-cancel').click();
  await expect(job).toHaveAttribute('data-status', 'cancelled');
  await expect(job.getByTestId('run-job-open')).toHaveCount(0);
  await expect(page.getByTestId('run-row')).toHaveCount(0);

  // A table model on images: recorded as a failed run, the reason in the list and on its page.
  await addModel(page, 'models/table.onnx', 'table', 'x float32 [N, 16]');
  await page.locator('[data-testid="model-row"][data-model="table"]').getByTestId('model-evaluate').click();
  await expect(page.getByTestId('preprocessing-defaults')).toContainText('feature vector');
  await page.getByTestId('evaluate-bench').setChecked(false);
  await page.getByTestId('evaluate-start').click();
  const failed = page.getByTestId('run-job').last();
  await expect(failed).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await failed.getByTestId('run-job-open').click();
  await expect(page.getByTestId('run-page')).toHaveAttribute('data-status', 'failed');
  const reason = (await page.getByTestId('run-failure').textContent()) ?? '';
  expect(reason).toMatch(/^This run failed: \S/);
  await expect(page.locator('[data-testid="run-row"][data-status="failed"] [data-testid="run-error"]')).toHaveText(
    reason.replace('This run failed: ', ''),
  );
  await expect(page.getByTestId('run-pick')).toBeDisabled();
});
