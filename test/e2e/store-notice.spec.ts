/**
 * A project whose store lost a file still opens; the view that needs the file says, in the
 * UI's language, which file is missing and how to get it back. With SHOTS_DIR set, the notice
 * is also photographed at two window sizes in both languages.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ProjectSession } from '../../main/core/project/session.js';
import { ROOT, startApp, type RunningApp } from './host';

let app: RunningApp | undefined;
test.afterEach(async () => app?.stop());

test('a missing store file: the project opens and the sample browser names the file and the way back', async () => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-e2e-store-'));
  const file = path.join(workDir, 'p.gapboard');
  copyFileSync(path.join(ROOT, 'test/fixtures/schema1/fuzz-1.gapboard'), file);
  const s = await ProjectSession.open(file, { now: () => '2026-01-02T03:04:05.000Z' });
  await s.save();
  await s.close();
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { datasets: { versions: { samples: { store: string } }[] }[] };
  const lost = doc.datasets[0]!.versions[0]!.samples.store;
  rmSync(path.join(workDir, 'p.store', `${lost}.parquet`));

  app = await startApp([file], { workDir });
  const { page } = app;
  await page.getByTestId('tab-data').click();
  await expect(page.locator('[data-testid="screen-data"][data-app-state="ready"]')).toBeVisible();
  await page.getByTestId('version-digits-v1').click();
  // The version's header asks for the manifest first, then its sample page asks again: the
  // second failure, settled once the browser's query says so, adds no second notice.
  const banner = page.getByTestId('error-banner');
  await expect(banner).toContainText(`p.store/${lost}.parquet`);
  await page.getByTestId('vtab-samples').click();
  await expect(page.locator('[data-testid="sample-browser"][data-query="failed"]')).toBeVisible();
  await expect(banner).toHaveCount(1);
  await expect(banner).toContainText('The per-sample data this view needs is missing');
  await expect(banner).toContainText('Copy the .store folder that travelled with the project file back beside it');

  await page.getByTestId('language-select').selectOption('ko');
  await expect(banner).toContainText('이 화면에 필요한 샘플별 데이터 파일이 없습니다');
  await expect(banner).toContainText(`p.store/${lost}.parquet`);

  const shots = process.env.SHOTS_DIR;
  if (shots) {
    mkdirSync(shots, { recursive: true });
    for (const lang of ['ko', 'en'] as const) {
      await page.getByTestId('language-select').selectOption(lang);
      for (const [w, h] of [
        [1440, 900],
        [1024, 700],
      ] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.screenshot({ path: path.join(shots, `store-missing-${lang}-${w}x${h}.png`) });
      }
    }
  }
});
