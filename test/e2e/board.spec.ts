import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test } from '@playwright/test';
import { buildBoardProject, EXPECTED, REQUIREMENTS } from './board-fixture';
import { CHROMIUM, CHROMIUM_ARGS, startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());

async function openBoardProject(): Promise<RunningApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-board-e2e-'));
  const file = await buildBoardProject(dir);
  return startApp([file], { workDir: dir });
}

test('the board of a project with three iterations shows the right met / unmet counts', async () => {
  app = await openBoardProject();
  const { page } = app;
  // The board is a project's home.
  const board = page.locator('[data-testid="screen-board"][data-app-state="ready"]');
  await expect(board).toBeVisible();
  const c = EXPECTED.mustCounts;
  await expect(page.getByTestId('board-must')).toHaveText(
    `Must ${c.met} met · ${c.unmet} not met · ${c.untested} untested · ${c.withinNoise} within noise`,
  );
  await expect(page.getByTestId('board-all')).toHaveText(`All ${EXPECTED.all.met}/${EXPECTED.all.total}`);
  await expect(page.getByTestId('board-group-unmet')).toHaveAttribute('data-count', String(EXPECTED.unmet));
  await expect(page.getByTestId('board-group-met')).toHaveAttribute('data-count', String(EXPECTED.all.met));
  await expect(page.getByTestId('board-group-untested')).toHaveAttribute('data-count', String(EXPECTED.untested));
  await expect(page.getByTestId('board-group-unmet').locator('[data-status="unmet"]')).toHaveCount(EXPECTED.unmet);
  // R-2's target moved to 0.9 after iteration 1: the gap is against the current target.
  await expect(page.getByTestId('card-gap-R-2')).toContainText('0.026');
  await expect(page.getByTestId('card-warn-R-3')).toContainText('2 cores');

  // Grouping by kind regroups the same cards; evidence is one click away.
  await page.getByTestId('board-group-by-kind').click();
  await expect(page.getByTestId('board-group-speed')).toHaveAttribute('data-count', '2');
  await page.getByTestId('card-qa-R-2-Q-1').click();
  await expect(page.locator('[data-testid="screen-qa"] tr.selected')).toHaveAttribute('data-testid', 'qa-row-Q-1');

  // The evidence links open the run's page and the dataset version the value came from.
  await page.getByTestId('tab-board').click();
  const runLink = page.getByTestId('evidence-run-R-1');
  const runId = (await runLink.textContent())!.trim();
  await runLink.click();
  await expect(page.getByTestId('run-page')).toHaveAttribute('data-run', runId);
  await page.getByTestId('tab-board').click();
  const dataLink = page.getByTestId('evidence-data-R-1');
  const version = (await dataLink.textContent())!.trim();
  await dataLink.click();
  await expect(page.getByTestId('version-view')).toHaveAttribute('data-version', version);
});

test('the history chart has one point per iteration per requirement', async () => {
  app = await openBoardProject();
  const { page } = app;
  await page.getByTestId('tab-history').click();
  await expect(page.locator('[data-testid="screen-history"][data-app-state="ready"]')).toBeVisible();
  const points = page.locator('[data-testid^="history-point-"]');
  await expect(points).toHaveCount(REQUIREMENTS.length * EXPECTED.iterations);
  for (let r = 1; r <= REQUIREMENTS.length; r++) {
    for (let it = 1; it <= EXPECTED.iterations; it++) {
      await expect(page.getByTestId(`history-point-R-${r}-IT-${it}`)).toHaveCount(1);
    }
  }
  // Rotated digits: unmet in every iteration (its target rose as the value did).
  await expect(page.getByTestId('history-point-R-2-IT-2')).toHaveAttribute('data-status', 'unmet');
  await expect(page.getByTestId('history-point-R-1-IT-3')).toHaveAttribute('data-status', 'met');
  await expect(page.getByTestId('burndown-IT-3')).toHaveAttribute('data-must', '1');
});

test('closing an iteration from the history screen freezes a fourth scorecard', async () => {
  app = await openBoardProject();
  const { page } = app;
  await page.getByTestId('tab-history').click();
  await page.getByTestId('iteration-start').click();
  await page.getByTestId('iteration-name').fill('Iteration 4');
  await page.getByTestId('iteration-run').selectOption('RUN-3');
  await page.getByTestId('iteration-start-submit').click();
  await expect(page.getByTestId('iteration-IT-4')).toHaveAttribute('data-status', 'open');
  await page.getByTestId('iteration-close').click();
  await page.getByTestId('iteration-notes').fill('No new model; re-scored after the latency discussion');
  await page.getByTestId('iteration-close-submit').click();
  await expect(page.getByTestId('iteration-IT-4')).toHaveAttribute('data-status', 'closed');
  await expect(page.getByTestId('iteration-tally-IT-4')).toContainText('Must 2/3 met');
  await expect(page.locator('[data-testid^="history-point-R-1-"]')).toHaveCount(4);
});

test('presentation mode advances with the arrow keys and Esc leaves it', async () => {
  app = await openBoardProject();
  const { page } = app;
  await page.getByTestId('tab-present').click();
  await expect(page.locator('[data-testid="screen-present"][data-app-state="ready"]')).toBeVisible();
  await page.getByTestId('present-start').click();
  const slide = page.getByTestId('present-slide');
  await expect(slide).toHaveAttribute('data-index', '0');
  await expect(slide).toContainText('Digit recognizer');
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-index', '1');
  await expect(slide).toContainText('Iteration 1');
  await expect(slide).toHaveAttribute('data-slide', 'changes-IT-1');
  await page.keyboard.press('PageDown');
  await expect(slide).toHaveAttribute('data-slide', 'score-IT-1');
  // The title, what changed and the scorecard of each iteration, the trade-off, the open gaps.
  const total = 1 + 2 * EXPECTED.iterations + 2;
  await page.keyboard.press('End');
  await expect(page.getByTestId('present-counter')).toHaveText(`${total} / ${total}`);
  await expect(slide).toHaveAttribute('data-slide', 'gaps');
  await expect(slide).toContainText('Open gaps');
  await page.keyboard.press('ArrowLeft');
  await expect(slide).toHaveAttribute('data-index', String(total - 2));
  await page.keyboard.press('n');
  await expect(page.getByTestId('present-notes')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
});

test('the exported HTML report names every requirement and loads with the network disabled', async () => {
  app = await openBoardProject();
  const { page } = app;
  await page.getByTestId('tab-present').click();
  const out = path.join(app.workDir, 'exported');
  await page.getByTestId('export-path').fill(out);
  await page.getByTestId('export-html').click();
  await expect(page.getByTestId('export-written')).toContainText('exported.html');
  await page.getByTestId('export-csv').click();
  await expect(page.getByTestId('export-written')).toContainText('exported.csv');

  const html = readFileSync(`${out}.html`, 'utf8');
  for (const [i, [title]] of REQUIREMENTS.entries()) {
    expect(html).toContain(`R-${i + 1}`);
    expect(html).toContain(title);
  }
  expect(readFileSync(`${out}.csv`, 'utf8').trim().split(/\r?\n/)).toHaveLength(
    1 + REQUIREMENTS.length * EXPECTED.iterations,
  );

  // A fresh browser, offline, recording every request the page makes.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ offline: true });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const report = await context.newPage();
    const url = pathToFileURL(`${out}.html`).href;
    await report.goto(url);
    await expect(report.locator('body[data-app-state="ready"]')).toBeVisible();
    await expect(report.locator('h1')).toHaveText('Digit recognizer');
    expect(requests).toEqual([url]);
  } finally {
    await browser.close();
  }
});

test('the Present screen writes a model card and a datasheet; History names what changed between iterations', async () => {
  app = await openBoardProject();
  const { page } = app;
  await page.getByTestId('tab-history').click();
  const pair = page.getByTestId('attribution-IT-2-IT-3');
  await expect(pair).toContainText('data digits@v2:test → digits@v3:test');
  await expect(pair.getByTestId('attribution-row-R-1').getByTestId('attribution-total')).toHaveText('+0.02100');

  await page.getByTestId('tab-present').click();
  await page.getByTestId('export-kind').selectOption('model-card');
  await expect(page.getByTestId('export-run')).toHaveValue('RUN-3');
  const card = path.join(app.workDir, 'card');
  await page.getByTestId('export-path').fill(card);
  await page.getByTestId('export-md').click();
  await expect(page.getByTestId('export-written')).toContainText('card.md');
  const md = readFileSync(`${card}.md`, 'utf8');
  for (const [i] of REQUIREMENTS.entries()) expect(md).toContain(`| R-${i + 1} |`);

  await page.getByTestId('export-kind').selectOption('datasheet');
  await page.getByTestId('export-dataset').selectOption('digits@v3');
  const sheet = path.join(app.workDir, 'sheet');
  await page.getByTestId('export-path').fill(sheet);
  await page.getByTestId('export-html').click();
  await expect(page.getByTestId('export-written')).toContainText('sheet.html');
  // LB-3: 1,200 delivered at 60 KRW.
  expect(readFileSync(`${sheet}.html`, 'utf8')).toContain('labeling cost of this version: 72,000 KRW');
});
