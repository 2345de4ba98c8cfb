/**
 * The browser host's in-page menu bar: reached and worked with the keyboard like a desktop
 * menu bar, its commands doing what the desktop menu's do (Save As, theme, About), in both
 * languages. The desktop app shows its native menu instead, so these run in the browser host.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());
test.skip(Boolean(process.env.GAPBOARD_E2E_ELECTRON), 'the desktop app has a native menu instead');

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function createProject(page: Page, file: string): Promise<void> {
  await page.getByTestId('new-project-name').fill('Digits');
  await page.getByTestId('new-project-path').fill(file);
  await page.getByTestId('create-project').click();
  await expect(page.getByTestId('screen-overview')).toBeVisible();
}

test('F10 and Alt reach the menu bar; arrows move, Enter chooses, Escape goes back to the page', async () => {
  app = await startApp();
  const { page } = app;
  const bar = page.getByTestId('menubar');
  await expect(bar.getByRole('menuitem')).toHaveText(['File', 'Edit', 'View', 'Help']);

  await page.getByTestId('open-path').focus();
  await page.keyboard.press('F10');
  await expect(page.getByTestId('menu-file')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('menu-item-file.new')).toBeFocused();
  // No project is open: Save is shown, greyed out, and skipped by the arrows.
  await expect(page.getByTestId('menu-item-file.save')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('menu-item-file.open')).toBeFocused();
  await expect(page.getByTestId('menu-item-file.saveAs')).toHaveAttribute('aria-keyshortcuts', 'Ctrl+Shift+S');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('menu-item-edit.undo')).toBeFocused();
  await expect(page.getByTestId('menu-item-edit.paste')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('menu-edit')).toBeFocused();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('open-path')).toBeFocused();

  await page.keyboard.press('Alt');
  await expect(page.getByTestId('menu-file')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('menu-help')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('menu-item-help.guide')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('about-dialog')).toBeVisible();
  await expect(page.getByTestId('about-dialog')).toContainText(process.versions.node);
  await expect(page.getByTestId('about-dialog')).toContainText('1.30.0');
  await page.getByTestId('about-close').click();
  await expect(page.getByTestId('about-dialog')).toHaveCount(0);
});

test('File › Save As… and its shortcut save the edited project under a new name; the old file is untouched', async () => {
  app = await startApp();
  const { page } = app;
  const file = path.join(app.workDir, 'digits.gapboard');
  await createProject(page, file);
  const before = digest(file);
  await page.getByTestId('project-description').fill('edited before Save As');
  await page.getByTestId('project-description').blur();
  await expect(page.getByTestId('dirty-indicator')).toBeVisible();

  await page.getByTestId('menu-file').click();
  await page.getByTestId('menu-item-file.saveAs').click();
  const copy = path.join(app.workDir, 'digits v2.gapboard');
  await page.getByTestId('save-as-path').fill(copy);
  await page.getByTestId('save-as-save').click();
  await expect(page.getByTestId('save-as-dialog')).toHaveCount(0);
  await expect(page.locator('.file-name')).toContainText('digits v2.gapboard');
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);
  expect(digest(file)).toBe(before);
  expect(readFileSync(copy, 'utf8')).toContain('edited before Save As');

  // The shortcut opens the same form; an existing file is refused with the reason, and kept.
  await page.keyboard.press('Control+Shift+S');
  await page.getByTestId('save-as-path').fill(file);
  await page.getByTestId('save-as-save').click();
  await expect(page.getByTestId('error-banner').last()).toContainText('already exists');
  expect(digest(file)).toBe(before);
});

test('View › Theme marks the chosen theme; the bar speaks Korean when the UI does', async () => {
  app = await startApp();
  const { page } = app;
  await page.getByTestId('menu-view').click();
  await expect(page.getByTestId('menu-item-view.theme.system')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('menu-item-view.theme.dark').click();
  await page.getByTestId('menu-view').click();
  await expect(page.getByTestId('menu-item-view.theme.dark')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('menu-item-view.theme.system')).toHaveAttribute('aria-checked', 'false');
  // Zoom is the page's own in the browser host: in steps, and back to actual size.
  await page.getByTestId('menu-item-view.zoomIn').click();
  const zoom = () => page.evaluate(() => document.documentElement.style.getPropertyValue('zoom'));
  expect(await zoom()).toBe('1.1');
  await page.getByTestId('menu-view').click();
  await page.getByTestId('menu-item-view.resetZoom').click();
  expect(await zoom()).toBe('');

  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.getByTestId('menubar').getByRole('menuitem')).toHaveText(['파일', '편집', '보기', '도움말']);
  await page.getByTestId('menu-file').click();
  await expect(page.getByTestId('menu-item-file.saveAs')).toContainText('다른 이름으로 저장…');
});

test('Help › User Guide opens the guide beside the app, in the UI language', async () => {
  app = await startApp();
  const { page } = app;
  await page.getByTestId('language-select').selectOption('ko');
  const popup = page.waitForEvent('popup');
  await page.getByTestId('menu-help').click();
  await page.getByTestId('menu-item-help.guide').click();
  const guide = await popup;
  await expect(guide.getByTestId('user-guide')).toBeVisible();
  await expect(guide.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(guide.locator('h1')).toHaveCount(1);
  // F1 opens it too, as on the desktop.
  const again = page.waitForEvent('popup');
  await page.keyboard.press('F1');
  await expect((await again).getByTestId('user-guide')).toBeVisible();
});
