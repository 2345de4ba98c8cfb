/**
 * Every chart has a name and its figures as a table: present for screen readers, shown on
 * screen by "Show as table", in English and Korean.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());

async function openSample(page: Page) {
  await page.getByTestId('open-sample').click();
  await expect(page.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });
}

/** The table is in the page but drawn off-screen until its toggle shows it, and back. */
async function expectToggles(page: Page, testId: string, show: string, hide: string): Promise<Locator> {
  const table = page.getByTestId(testId);
  const toggle = page.getByTestId(`${testId}-toggle`);
  await expect(table).toHaveAttribute('data-shown', 'false');
  await expect(table).toHaveClass(/sr-only/);
  await expect(toggle).toHaveText(show);
  await toggle.click();
  await expect(table).toHaveAttribute('data-shown', 'true');
  expect((await table.boundingBox())!.width).toBeGreaterThan(100);
  await expect(toggle).toHaveText(hide);
  await toggle.click();
  await expect(table).toHaveAttribute('data-shown', 'false');
  await expect(toggle).toHaveText(show);
  return table;
}

const numbers = async (cells: Locator) => (await cells.allTextContents()).map(Number);

test('history, data and run charts have a table alternative with the charted figures', async () => {
  app = await startApp();
  const { page } = app;
  await openSample(page);

  // Board: each sparkline is named, and described by its figures.
  const spark = page.locator('svg.sparkline').first();
  await expect(spark).toHaveAttribute('aria-label', /Trend over \d+ iterations/);
  const described = await spark.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${described}"]`)).toContainText(/1: .*\(target .*\)/);

  // History: one row per closed iteration in the burndown's table.
  await page.getByTestId('tab-history').click();
  await expect(page.getByTestId('burndown-chart')).toHaveAttribute('aria-label', /\S/);
  const burndown = await expectToggles(page, 'burndown-table', 'Show as table', 'Hide table');
  const iterations = await page.locator('[data-testid^="burndown-IT-"]').count();
  expect(iterations).toBeGreaterThan(0);
  await expect(burndown.locator('tbody tr')).toHaveCount(iterations);
  await expect(burndown.locator('thead th')).toHaveText(['Iteration', 'Unmet must', 'Unmet should']);

  // Data: one row per class, with the count the bar shows.
  await page.getByTestId('tab-data').click();
  await expect(page.getByTestId('class-chart')).toBeVisible();
  const classes = await expectToggles(page, 'class-table', 'Show as table', 'Hide table');
  const bars = page.locator('[data-testid^="class-bar-"] .class-count');
  const barCounts = (await bars.allTextContents()).map((s) => Number.parseInt(s, 10));
  expect(await numbers(classes.locator('tbody tr td:nth-child(2)'))).toEqual(barCounts);

  // A run: the latency bins add up to the queries measured; the confusion table is the matrix.
  await page.getByTestId('tab-runs').click();
  await page.locator('[data-testid="run-row"][data-status="done"] [data-testid="run-open"]').first().click();
  await expect(page.getByTestId('run-page')).toBeVisible();
  const latency = await expectToggles(page, 'latency-table', 'Show as table', 'Hide table');
  const queries = Number(/^(\d+)/.exec((await page.getByTestId('latency-caption').textContent()) ?? '')?.[1]);
  const perBin = await numbers(latency.locator('tbody td:nth-child(3)'));
  expect(perBin.reduce((a, b) => a + b, 0)).toBe(queries);
  const confusion = await expectToggles(page, 'confusion-table', 'Show as table', 'Hide table');
  const cells = page.getByTestId('confusion').locator('[data-testid="cm-cell"]');
  const n = await confusion.locator('tbody tr').count();
  expect(await cells.count()).toBe(n * n);
  const grid = await cells.evaluateAll((els) => els.map((e): number => Number(e.getAttribute('data-value'))));
  expect(await numbers(confusion.locator('tbody td'))).toEqual(grid);
});

test('the table alternatives speak Korean', async () => {
  app = await startApp();
  const { page } = app;
  await page.getByTestId('language-select').selectOption('ko');
  await openSample(page);
  const spark = page.locator('svg.sparkline').first();
  const described = await spark.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${described}"]`)).toContainText('목표');
  await page.getByTestId('tab-history').click();
  const burndown = await expectToggles(page, 'burndown-table', '표로 보기', '표 숨기기');
  await expect(burndown.locator('thead th')).toHaveText(['이터레이션', '미충족 필수', '미충족 권장']);
  await expect(burndown.locator('caption')).toContainText('의 수치');
});
