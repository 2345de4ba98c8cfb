import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildBoardProject, EXPECTED } from './board-fixture';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());

const ready = (page: Page) => page.locator('#root[data-app-state="ready"]').waitFor();

test('switching to Korean on the welcome screen is kept across a reload and reaches the project', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-i18n-e2e-'));
  const file = await buildBoardProject(dir);
  app = await startApp([], { workDir: dir });
  const { page } = app;

  await expect(page.getByTestId('welcome-screen')).toBeVisible();
  await expect(page.locator('#new-title')).toHaveText('New project');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.locator('#new-title')).toHaveText('새 프로젝트');
  await expect(page.getByTestId('open-sample')).toHaveText('샘플 프로젝트 열기');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await ready(page);

  // The choice lives in the app preferences (the core), not in the page: a reload boots in Korean.
  await page.reload();
  await ready(page);
  await expect(page.locator('#new-title')).toHaveText('새 프로젝트');
  await expect(page.getByTestId('language-select')).toHaveValue('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  await page.getByTestId('open-path').fill(file);
  await page.getByTestId('open-project').click();
  await expect(page.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('tab-board')).toHaveText('보드');
  await expect(page.getByTestId('tab-requirements')).toHaveText('요구사항');
  await expect(page.getByTestId('tab-runs')).toHaveText('모델 및 실행');
  const c = EXPECTED.mustCounts;
  await expect(page.getByTestId('board-must')).toHaveText(
    `필수 ${c.met} 충족 · ${c.unmet} 미충족 · ${c.untested} 미측정 · ${c.withinNoise} 오차 범위 내`,
  );
  await expect(page.getByTestId('save-button')).toHaveText('저장');
  await page.screenshot({ path: test.info().outputPath('board-ko.png'), fullPage: true });

  // The top bar switches back, and that too is saved.
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByTestId('tab-board')).toHaveText('Board');
  await expect(page.getByTestId('board-must')).toHaveText(
    `Must ${c.met} met · ${c.unmet} not met · ${c.untested} untested · ${c.withinNoise} within noise`,
  );
  await ready(page);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('tab-board')).toHaveText('Board');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
