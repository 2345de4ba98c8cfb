/**
 * The sample's working copy says what it is, and becomes the user's own project with one
 * Save As into a folder they choose, its data alongside.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());
test.skip(Boolean(process.env.GAPBOARD_E2E_ELECTRON), 'the desktop app asks with its native save dialog');

test('the sample opens as a named working copy and is saved as the user’s own project', async () => {
  // The sample (15 MB of data and models) is copied twice: once to open it, once by Save As.
  test.slow();
  app = await startApp();
  const { page } = app;
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('sample-copy-badge')).toHaveText('Sample working copy');
  await expect(page.getByTestId('sample-copy-badge')).toHaveAttribute('title', /digits\.gapboard$/);

  await page.getByTestId('sample-save-as').click();
  const mine = path.join(app.workDir, 'my digits', 'digits.gapboard');
  await page.getByTestId('save-as-path').fill(mine);
  await page.getByTestId('save-as-save').click();
  await expect(page.getByTestId('sample-copy-badge')).toHaveCount(0);
  await expect(page.locator('.file-name')).toHaveAttribute('title', mine);
  expect(existsSync(path.join(app.workDir, 'my digits', 'models', 'mlp.onnx'))).toBe(true);
  // The per-sample data the project links came along under the new file's name.
  expect(readdirSync(path.join(app.workDir, 'my digits', 'digits.store')).sort()).toEqual(
    readdirSync(path.join(ROOT, 'sample', 'digits.store')).sort(),
  );
});
