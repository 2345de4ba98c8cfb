/**
 * Tab lists from the keyboard: one Tab stop per list (the selected tab), the arrow keys, Home
 * and End select a neighbour and carry the focus with them.
 */
import { expect, test, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

test('the screen tabs and a dataset version’s tabs follow the arrow keys, Home and End', async () => {
  app = await startApp();
  const { page } = app;
  await page.getByTestId('open-sample').click();
  await expect(page.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });

  const tabs = page.locator('.topbar [role="tab"]');
  const count = await tabs.count();
  const last = (await tabs.nth(count - 1).getAttribute('data-testid'))!;
  // Only the selected tab is in the Tab order.
  await expect(page.locator('.topbar [role="tab"][tabindex="0"]')).toHaveCount(1);
  await expect(page.getByTestId('tab-board')).toHaveAttribute('tabindex', '0');

  await page.getByTestId('tab-board').focus();
  await page.keyboard.press('ArrowRight');
  expect(await focusedTestId(page)).toBe('tab-overview');
  await expect(page.getByTestId('tab-overview')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('screen-overview')).toBeVisible();
  await expect(page.getByTestId('tab-board')).toHaveAttribute('tabindex', '-1');

  await page.keyboard.press('End');
  expect(await focusedTestId(page)).toBe(last);
  await expect(page.getByTestId(last)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  expect(await focusedTestId(page)).toBe('tab-board');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedTestId(page)).toBe(last);
  await page.keyboard.press('Home');
  expect(await focusedTestId(page)).toBe('tab-board');
  await expect(page.getByTestId('screen-board')).toBeVisible();

  // The same inside a screen: a dataset version's tabs.
  await page.getByTestId('tab-data').click();
  await expect(page.getByTestId('version-view')).toBeVisible();
  await page.getByTestId('vtab-stats').focus();
  await page.keyboard.press('ArrowRight');
  expect(await focusedTestId(page)).toBe('vtab-samples');
  await expect(page.getByTestId('vtab-samples')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedTestId(page)).toBe('vtab-labeling');
  await expect(page.locator('[data-testid^="vtab-"][tabindex="0"]')).toHaveCount(1);
});
