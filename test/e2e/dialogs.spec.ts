/**
 * Dialogs from the keyboard: the focus moves into a dialog and back to the control that opened
 * it, the safe choice (never delete or discard) holds the focus at first, Tab stays inside, and
 * Escape cancels.
 */
import { expect, test, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';

// One sample, opened once (it copies ~3,000 files); the one test that edits it runs last.
test.describe.configure({ mode: 'serial' });
let app: RunningApp;
let page: Page;
test.beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await openSample(page);
});
test.afterAll(async () => app?.stop());

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

async function openSample(p: Page) {
  await p.getByTestId('open-sample').click();
  await expect(p.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });
}

test('a delete question starts on Cancel, Escape cancels it and the focus returns to the delete button', async () => {
  await page.getByTestId('tab-requirements').click();
  const rows = page.locator('[data-testid^="requirement-row-"]');
  const count = await rows.count();
  const id = (await rows.first().getAttribute('data-testid'))!.replace('requirement-row-', '');
  const opener = page.getByTestId(`req-delete-${id}`);

  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  expect(await focusedTestId(page)).toBe('confirm-cancel');
  await expect(page.getByTestId('confirm-delete')).toHaveAttribute('data-destructive', 'true');
  // Enter on the focused (safe) choice deletes nothing.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);
  await expect(rows).toHaveCount(count);
  expect(await focusedTestId(page)).toBe(`req-delete-${id}`);

  // Tab cycles inside the dialog; Escape cancels and gives the focus back.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  expect(['confirm-delete', 'confirm-cancel']).toContain(await focusedTestId(page));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);
  await expect(rows).toHaveCount(count);
  expect(await focusedTestId(page)).toBe(`req-delete-${id}`);
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);
});

test('a form dialog takes the focus, keeps Tab inside, and Escape returns the focus to its opener', async () => {
  await page.getByTestId('tab-requirements').click();
  await page.getByTestId('save-as-template').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('template-save-dialog');
  await expect(dialog).toBeVisible();
  expect(await focusedTestId(page)).toBe('template-name');

  // However far Tab goes, the focus never leaves the dialog.
  const inside = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="template-save-dialog"]'));
  const stops = await dialog.locator('input, button:not([disabled])').count();
  for (let i = 0; i <= stops; i++) {
    await page.keyboard.press('Tab');
    expect(await inside()).toBe(true);
  }
  for (let i = 0; i <= stops; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await inside()).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await focusedTestId(page)).toBe('save-as-template');
});

test('the presentation takes the focus, Escape leaves it and the focus returns to Start', async () => {
  await page.getByTestId('tab-present').click();
  await expect(page.locator('[data-testid="screen-present"][data-app-state="ready"]')).toBeVisible();
  await page.getByTestId('present-start').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('presentation')).toBeVisible();
  expect(await focusedTestId(page)).toBe('presentation');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-slide')).toHaveAttribute('data-index', '1');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  expect(await focusedTestId(page)).toBe('present-start');
});

test('closing with unsaved changes starts on Save, never on Don’t save; Escape keeps the project open', async () => {
  await page.getByTestId('tab-overview').click();
  await page.getByTestId('project-description').fill('An edit');
  await page.getByTestId('project-description').blur();
  await expect(page.getByTestId('dirty-indicator')).toBeVisible();

  await page.getByTestId('close-project').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  expect(await focusedTestId(page)).toBe('confirm-save');
  await expect(page.getByTestId('confirm-discard')).toHaveAttribute('data-destructive', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);
  await expect(page.getByTestId('screen-overview')).toBeVisible();
  await expect(page.getByTestId('dirty-indicator')).toBeVisible();
  expect(await focusedTestId(page)).toBe('close-project');
});
