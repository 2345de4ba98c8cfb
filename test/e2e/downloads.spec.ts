/**
 * Exports in the browser host arrive as downloads: the browser gets the very file the export
 * wrote, under its name, without the user digging in the host's folders.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());
test.skip(Boolean(process.env.GAPBOARD_E2E_ELECTRON), 'the desktop app saves exports where its dialog says');

test('the report is downloaded as the file the export wrote, and can be again', async () => {
  app = await startApp();
  const { page } = app;
  await page.getByTestId('new-project-name').fill('Digits');
  await page.getByTestId('new-project-path').fill(path.join(app.workDir, 'digits.gapboard'));
  await page.getByTestId('create-project').click();
  await expect(page.getByTestId('screen-overview')).toBeVisible();
  await page.getByTestId('tab-present').click();
  await expect(page.locator('[data-testid="screen-present"][data-app-state="ready"]')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByTestId('export-html').click();
  const got = await download;
  const written = (await page.getByTestId('export-written').textContent()) ?? '';
  const file = /(\/\S+\.html)/.exec(written)?.[1] ?? '';
  expect(got.suggestedFilename()).toBe('digits-report.html');
  expect(readFileSync(await got.path(), 'utf8')).toBe(readFileSync(file, 'utf8'));
  // The link offers the export again.
  const again = page.waitForEvent('download');
  await page.getByTestId('export-download').click();
  expect((await again).suggestedFilename()).toBe('digits-report.html');
});
